// words.cc — title vocabularies per original language. Titles are built from
// these small pools (titles.cc), so the same title text recurs across years
// and types, as "Hamlet" or "The Return" do in the real files.
#include "vocab.h"

namespace datagen {

namespace {
struct Packed { const char* nouns; const char* adjs; bool adj_after; bool joined; const char* links; };

const Packed kPacked[kNumLangs] = {
    {"Return|Home|Night|Road|House|Game|Secret|Heart|Dream|Storm|River|City|"
     "Island|Shadow|Man|Woman|Girl|Boy|King|Queen|War|Love|Life|Death|Blood|Fire|"
     "Water|Sky|Star|Moon|Sun|World|Journey|Promise|Lie|Truth|Stranger|Friend|"
     "Family|Children|Father|Mother|Brother|Sister|Wedding|Party|Summer|Winter|"
     "Christmas|Kiss|Dance|Song|Story|Legend|Hunt|Escape|Mission|Wolf|Dragon|"
     "Ghost|Angel|Devil|Witness|Killer|Doctor|Detective|Soldier|Mountain|Forest|"
     "Sea|Garden|Door|Window|Mirror|Key|Letter|Train|Ship|Machine|Town|Street|"
     "Hotel|School|Prison|Hospital|Bridge|Empire|Kingdom|Paradise|Memory|Time|"
     "Hour|Day|Morning|Silence|Voice|Rain|Snow|Gold|Money|Revenge|Pilot",
     "Dark|Last|Lost|Long|Little|Big|Black|White|Red|Blue|Green|Golden|Silent|"
     "Secret|Wild|Broken|Hidden|Final|First|Perfect|Deadly|Sweet|Cold|Hot|Lonely|"
     "Crazy|Happy|Strange|Forgotten|Endless|Burning|Bitter|Beautiful|Savage|"
     "Midnight|Eternal|Fallen|Rising|Holy|Invisible|Wicked|Brave|Young|Old|New",
     false, false, "of|and|in|of the|for|from|on"},
    {"Amor|Casa|Noche|Camino|Sueño|Corazón|Guerra|Vida|Muerte|Sangre|Mar|Ciudad|"
     "Hombre|Mujer|Niña|Secreto|Verano|Familia|Fuego|Luna",
     "Oscuro|Último|Perdido|Pequeño|Negro|Blanco|Rojo|Salvaje|Secreto|Dulce|Frío",
     true, false, "de|y|en|del"},
    {"Amour|Maison|Nuit|Route|Rêve|Cœur|Guerre|Vie|Mort|Sang|Mer|Ville|Homme|"
     "Femme|Fille|Secret|Été|Famille|Feu|Lune|Clown|Chiens|Pierrot",
     "Sombre|Dernier|Perdu|Petit|Noir|Blanc|Rouge|Sauvage|Doux|Froid|Pauvre|Étrange",
     true, false, "de|et|à|du|des"},
    {"Liebe|Haus|Nacht|Weg|Traum|Herz|Krieg|Leben|Tod|Blut|Meer|Stadt|Mann|Frau|"
     "Mädchen|Geheimnis|Sommer|Familie|Feuer|Mond|Straße|Brücke",
     "Dunkle|Letzte|Verlorene|Kleine|Schwarze|Weiße|Rote|Wilde|Süße|Kalte|Schöne|Große",
     false, false, "und|der|im|für"},
    {"Amore|Casa|Notte|Strada|Sogno|Cuore|Guerra|Vita|Morte|Sangue|Mare|Città|"
     "Uomo|Donna|Ragazza|Segreto|Estate|Famiglia|Fuoco|Luna",
     "Oscuro|Ultimo|Perduto|Piccolo|Nero|Bianco|Rosso|Selvaggio|Dolce|Freddo",
     true, false, "di|e|in|della"},
    {"Amor|Casa|Noite|Caminho|Sonho|Coração|Guerra|Vida|Morte|Sangue|Mar|Cidade|"
     "Homem|Mulher|Menina|Segredo|Verão|Família|Fogo|Lua|Saudade",
     "Escuro|Último|Perdido|Pequeno|Negro|Branco|Vermelho|Selvagem|Doce|Frio",
     true, false, "de|e|em|do|da"},
    {"Aşk|Ev|Gece|Yol|Rüya|Kalp|Savaş|Hayat|Ölüm|Kan|Deniz|Şehir|Adam|Kadın|Kız|"
     "Sır|Yaz|Aile|Ateş|Ay",
     "Karanlık|Son|Kayıp|Küçük|Kara|Beyaz|Kırmızı|Vahşi|Tatlı|Soğuk|Güzel",
     false, false, "ve|ile"},
    {"Miłość|Dom|Noc|Droga|Sen|Serce|Wojna|Życie|Śmierć|Krew|Morze|Miasto|"
     "Człowiek|Kobieta|Dziewczyna|Tajemnica|Lato|Rodzina|Ogień|Księżyc",
     "Ciemny|Ostatni|Zagubiony|Mały|Czarny|Biały|Czerwony|Dziki|Słodki|Zimny",
     false, false, "i|w|na"},
    {"Любовь|Дом|Ночь|Дорога|Сон|Сердце|Война|Жизнь|Смерть|Кровь|Море|Город|"
     "Человек|Женщина|Девочка|Тайна|Лето|Семья|Огонь|Луна|Брат",
     "Тёмный|Последний|Потерянный|Маленький|Чёрный|Белый|Красный|Дикий|Холодный",
     false, false, "и|в|на"},
    {"Αγάπη|Σπίτι|Νύχτα|Δρόμος|Όνειρο|Καρδιά|Πόλεμος|Ζωή|Θάνατος|Θάλασσα|Πόλη|"
     "Άντρας|Γυναίκα|Μυστικό|Καλοκαίρι|Οικογένεια|Φωτιά|Φεγγάρι",
     "Σκοτεινός|Τελευταίος|Χαμένος|Μικρός|Μαύρος|Λευκός|Κόκκινος|Άγριος",
     false, false, "και|στο"},
    {"愛|家|夜|道|夢|心|戦争|命|死|血|海|街|男|女|少女|秘密|夏|家族|火|月|侍|桜",
     "暗い|最後の|失われた|小さな|黒い|白い|赤い|美しい|静かな|遠い",
     false, true, "と|の"},
    {"爱|家|夜|路|梦|心|战争|生命|死亡|血|海|城市|男人|女人|女孩|秘密|夏天|家庭|火|月亮",
     "黑暗的|最后的|失落的|小|黑色|白色|红色|美丽的|寂静的",
     false, true, "与|的"},
    {"사랑|집|밤|길|꿈|마음|전쟁|인생|죽음|피|바다|도시|남자|여자|소녀|비밀|여름|가족|불|달",
     "어두운|마지막|잃어버린|작은|검은|하얀|붉은|아름다운|조용한",
     false, false, "와|의"},
    {"حب|بيت|ليل|طريق|حلم|قلب|حرب|حياة|موت|دم|بحر|مدينة|رجل|امرأة|فتاة|سر|صيف|عائلة|نار|قمر",
     "المظلم|الأخير|الضائع|الصغير|الأسود|الأبيض|الأحمر|الجميل",
     true, false, "و|في"},
    {"प्यार|घर|रात|रास्ता|सपना|दिल|युद्ध|ज़िंदगी|मौत|खून|समुंदर|शहर|आदमी|औरत|लड़की|राज़|गर्मी|परिवार|आग|चाँद",
     "अंधेरा|आखिरी|खोया|छोटा|काला|सफ़ेद|लाल|जंगली|सुंदर",
     false, false, "और|का"},
};
}  // namespace

const TitleWords& TitleWordsFor(Lang l) {
  static const std::vector<TitleWords> all = [] {
    std::vector<TitleWords> v;
    for (const auto& p : kPacked)
      v.push_back(TitleWords{WordList(p.nouns), WordList(p.adjs), p.adj_after, p.joined,
                             WordList(p.links)});
    return v;
  }();
  return all[l];
}

}  // namespace datagen
