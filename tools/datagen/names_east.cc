// names_east.cc — given and family names for Cyrillic, Greek, Japanese,
// Chinese, Korean, Arabic and Indian cultures, in native scripts and in the
// romanized spellings IMDb mostly uses (Toshirô with a circumflex, etc.).
// Native-script entries exercise multi-byte UTF-8 (2-, 3-byte sequences).
#include "vocab.h"

namespace datagen {

static Culture MakeCulture(const char* m, const char* f, const char* l, double w, Lang lang,
                    bool family_first = false, bool joined = false) {
  return Culture{WordList(m), WordList(f), WordList(l), w, lang, family_first, joined};
}

std::vector<Culture> EastCultures() {
  std::vector<Culture> v;
  v.push_back(MakeCulture(
      "Aleksandr|Sergey|Dmitriy|Andrey|Aleksey|Vladimir|Mikhail|Ivan|Nikolay|"
      "Yuriy|Oleg|Pavel|Viktor|Igor|Konstantin",
      "Elena|Olga|Tatyana|Natalya|Irina|Svetlana|Anna|Mariya|Ekaterina|Yuliya|"
      "Lyudmila|Galina|Anastasiya|Vera|Darya",
      "Ivanov|Smirnov|Kuznetsov|Popov|Vasilev|Petrov|Sokolov|Mikhaylov|Novikov|"
      "Fedorov|Morozov|Volkov|Alekseev|Lebedev|Semenov|Egorov|Pavlov|Kozlov",
      0.04, kRu));
  v.push_back(MakeCulture(
      "Александр|Сергей|Дмитрий|Андрей|Алексей|Владимир|Михаил|Иван|Николай|"
      "Юрий|Олег|Павел",
      "Елена|Ольга|Татьяна|Наталья|Ирина|Светлана|Анна|Мария|Екатерина|Юлия",
      "Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов|Новиков|"
      "Фёдоров|Морозов|Волков|Лебедев",
      0.03, kRu));
  v.push_back(MakeCulture(
      "Γιώργος|Κώστας|Γιάννης|Δημήτρης|Νίκος|Παναγιώτης|Βασίλης|Χρήστος|Θανάσης",
      "Μαρία|Ελένη|Αικατερίνη|Βασιλική|Σοφία|Αγγελική|Γεωργία|Δήμητρα|Ειρήνη",
      "Παπαδόπουλος|Βλάχος|Αγγελόπουλος|Νικολάου|Γεωργίου|Οικονόμου|"
      "Παπαγεωργίου|Καραγιάννης|Μακρής|Δημητρίου",
      0.015, kEl));
  v.push_back(MakeCulture(
      "Hiroshi|Takeshi|Kenji|Toshirô|Shôzaburô|Junichirô|Yûki|Kôji|Tadao|Akira|"
      "Satoshi|Makoto|Ryûichi|Daisuke|Kazuo|Bontarô|Shun",
      "Yôko|Keiko|Yumiko|Kyôko|Akiko|Tomoko|Yûko|Sachiko|Haruka|Aoi|Yui|Misaki|"
      "Setsuko|Chieko|Kinuyo",
      "Satô|Suzuki|Takahashi|Tanaka|Watanabe|Itô|Yamamoto|Nakamura|Kobayashi|"
      "Katô|Yoshida|Yamada|Sasaki|Mayuzumi|Andô|Aoshima|Asai|Miake|Kurosawa|Ozu",
      0.05, kJa));
  v.push_back(MakeCulture(
      "浩|健二|明|誠|大輔|翔太|拓也|和夫|清",
      "陽子|恵子|裕子|京子|明子|由美|さくら|あおい|美咲",
      "佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林|加藤|吉田|山田",
      0.015, kJa, true, true));
  v.push_back(MakeCulture(
      "伟|强|磊|军|勇|杰|涛|明|超|华|建国",
      "芳|娜|敏|静|丽|艳|娟|霞|玲|秀英",
      "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭",
      0.02, kZh, true, true));
  v.push_back(MakeCulture(
      "민준|서준|도윤|예준|시우|지호|현우|준서|성민|영수",
      "서연|서윤|지우|서현|민서|하은|지민|수빈|영희|미경",
      "김|이|박|최|정|강|조|윤|장|임|한|오",
      0.02, kKo, true, true));
  v.push_back(MakeCulture(
      "محمد|أحمد|علي|عمر|يوسف|خالد|حسن|إبراهيم|مصطفى|كريم",
      "فاطمة|مريم|عائشة|نور|ليلى|سارة|هدى|زينب|ياسمين|منى",
      "الشريف|حسين|عبد الله|المصري|السيد|إبراهيم|الحسن|النجار|سالم|فؤاد",
      0.02, kAr));
  v.push_back(MakeCulture(
      "Raj|Amit|Rahul|Vikram|Sanjay|Arjun|Ravi|Anil|Suresh|Rajesh|Shah Rukh|"
      "Aamir|Venkatesh|Karthik|Prakash",
      "Priya|Anjali|Pooja|Neha|Kavita|Sunita|Deepika|Aishwarya|Lakshmi|Meena|"
      "Radha|Shreya|Divya|Kajal|Madhuri",
      "Kumar|Sharma|Singh|Patel|Gupta|Khan|Reddy|Rao|Iyer|Nair|Verma|Kapoor|"
      "Chopra|Mehta|Joshi|Menon|Pillai|Das|Mukherjee|Banerjee",
      0.06, kHi));
  v.push_back(MakeCulture(
      "राज|अमित|राहुल|विक्रम|संजय|अर्जुन|रवि|अनिल|सुरेश",
      "प्रिया|अंजलि|पूजा|नेहा|कविता|सुनीता|दीपिका|लक्ष्मी|मीना",
      "कुमार|शर्मा|सिंह|पटेल|गुप्ता|खान|वर्मा|कपूर|जोशी",
      0.02, kHi));
  return v;
}

}  // namespace datagen
