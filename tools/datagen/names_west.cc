// names_west.cc — given and family names for Latin-script cultures, and the
// assembled culture table. Pools are short on purpose (see vocab.h): with
// draws skewed to the head of each list, "John Smith"-style names recur
// hundreds of times at full scale. Accented letters exercise UTF-8 paths.
#include "vocab.h"

namespace datagen {

std::vector<Culture> EastCultures();  // names_east.cc

static Culture MakeCulture(const char* m, const char* f, const char* l, double w, Lang lang,
                    bool family_first = false, bool joined = false) {
  return Culture{WordList(m), WordList(f), WordList(l), w, lang, family_first, joined};
}

static std::vector<Culture> WestCultures() {
  std::vector<Culture> v;
  v.push_back(MakeCulture(
      "John|Michael|David|James|Robert|William|Richard|Thomas|Mark|Daniel|Paul|"
      "Steven|Chris|Peter|George|Brian|Kevin|Jason|Matthew|Andrew|Ryan|Eric|Adam|"
      "Jack|Frank|Scott|Tom|Sam|Ben|Nick|Tony|Joe|Harry|Charlie|Luke|Max|Leo|Oscar|"
      "Ethan|Noah|Liam|Aaron|Dylan|Sean|Patrick|Henry|Walter|Arthur|Gary|Larry",
      "Mary|Jennifer|Sarah|Jessica|Emily|Emma|Anna|Laura|Lisa|Karen|Susan|Linda|"
      "Elizabeth|Kate|Amy|Rachel|Rebecca|Julia|Megan|Nicole|Hannah|Olivia|Sophie|"
      "Grace|Chloe|Lucy|Alice|Ellie|Ruth|Helen|Nancy|Betty|Diane|Carol|Jane|Molly|"
      "Zoe|Mia|Ava|Lily|Claire|Amanda|Heather|Melissa|Michelle|Stephanie|Maya|Jess",
      "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|"
      "Thomas|Moore|Jackson|Martin|Lee|Thompson|White|Harris|Clark|Lewis|Robinson|"
      "Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|Nelson|Carter|"
      "Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|"
      "Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|"
      "Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|"
      "Price|Sanders|Myers|Long|Ross|Foster|O'Brien|O'Connor",
      0.36, kEn));
  v.push_back(MakeCulture(
      "José|Juan|Carlos|Luis|Jorge|Miguel|Javier|Pedro|Ángel|Jesús|Andrés|Raúl|"
      "Fernando|Sergio|Pablo|Diego|Alejandro|Rubén|Óscar|Iñaki|Joaquín|Martín",
      "María|Ana|Carmen|Lucía|Laura|Marta|Sofía|Isabel|Elena|Paula|Raquel|Inés|"
      "Mónica|Verónica|Beatriz|Begoña|Pilar|Rocío|Ángela|Nuria|Dolores|Alba",
      "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|"
      "Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|"
      "Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|Serrano|"
      "Blanco|Suárez|Castro|Ortiz|Rubio|Marín|Sanz|Núñez|Iglesias|de la Cruz",
      0.08, kEs));
  v.push_back(MakeCulture(
      "Jean|Pierre|Michel|François|Jacques|Philippe|Olivier|Nicolas|Christophe|"
      "Stéphane|Julien|Sébastien|Frédéric|Laurent|Éric|Benoît|Jérôme|Rémi|Gaël",
      "Marie|Nathalie|Isabelle|Sylvie|Catherine|Françoise|Sophie|Céline|Émilie|"
      "Hélène|Camille|Chloé|Léa|Manon|Agnès|Béatrice|Noémie|Clémence|Maëlle",
      "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|"
      "Simon|Laurent|Lefèbvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|"
      "Morel|Girard|André|Lefèvre|Mercier|Dupont|Lambert|Bonnet|François|Chevalier",
      0.06, kFr));
  v.push_back(MakeCulture(
      "Hans|Peter|Klaus|Jürgen|Wolfgang|Michael|Thomas|Andreas|Stefan|Uwe|Frank|"
      "Günter|Jörg|Dieter|Matthias|Lukas|Felix|Jonas|Tobias|Björn|Sören",
      "Ursula|Monika|Petra|Sabine|Andrea|Claudia|Susanne|Julia|Katharina|Anna|"
      "Jana|Lena|Jutta|Birgit|Gudrun|Hildegard|Käthe|Liesl|Anja|Silke",
      "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|"
      "Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|"
      "Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Krause|Köhler",
      0.06, kDe));
  v.push_back(MakeCulture(
      "Giuseppe|Giovanni|Antonio|Mario|Luigi|Francesco|Marco|Alessandro|Andrea|"
      "Paolo|Roberto|Stefano|Luca|Nicolò|Niccolò|Salvatore|Vittorio",
      "Maria|Anna|Giuseppina|Rosa|Angela|Giovanna|Teresa|Lucia|Francesca|Chiara|"
      "Giulia|Sara|Martina|Valentina|Federica|Elisa|Carla",
      "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|"
      "Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|"
      "Fo|Sciascia|D'Amico|Andò",
      0.04, kIt));
  v.push_back(MakeCulture(
      "João|José|António|Francisco|Carlos|Paulo|Pedro|Lucas|Luiz|Gabriel|Rafael|"
      "Marcelo|Fábio|Thiago|Sebastião|Vinícius",
      "Maria|Ana|Francisca|Antônia|Adriana|Juliana|Márcia|Fernanda|Patrícia|"
      "Aline|Conceição|Letícia|Luíza|Beatriz|Graça",
      "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|"
      "Ribeiro|Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Araújo|"
      "Magalhães|Conceição|Gonçalves|Simões",
      0.04, kPt));
  v.push_back(MakeCulture(
      "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|"
      "Ömer|Halit|Şener|Çağan|Barış",
      "Fatma|Ayşe|Emine|Hatice|Zeynep|Elif|Özlem|Şule|Gülşen|Tülin|Çiğdem|Nur|"
      "Sibel|Türkan|Yeşim",
      "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|"
      "Arslan|Doğan|Kılıç|Aslan|Çetin|Akçatepe|Alço|Koç|Kurt|Güneş",
      0.03, kTr));
  v.push_back(MakeCulture(
      "Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Łukasz|Jakub|Wojciech|"
      "Zbigniew|Jiří|Václav|Tadeusz",
      "Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|"
      "Zofia|Jadwiga|Alžběta|Růžena",
      "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|"
      "Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Dvořák|Novák|"
      "Svoboda|Černý|Procházka|Kučera|Łoś",
      0.03, kPl));
  v.push_back(MakeCulture(
      "Lars|Anders|Per|Erik|Nils|Björn|Sven|Magnus|Jørgen|Søren|Mikael|Ólafur",
      "Anna|Eva|Karin|Ingrid|Kerstin|Maria|Sofia|Åsa|Märta|Sigrid|Liv|Astrid",
      "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|"
      "Hansen|Jensen|Nielsen|Pedersen|Skarsgård|Ødegård|Strøm|Åberg|Löfgren",
      0.02, kEn));
  return v;
}

const std::vector<Culture>& Cultures() {
  static const std::vector<Culture> all = [] {
    auto v = WestCultures();
    for (auto& c : EastCultures()) v.push_back(std::move(c));
    return v;
  }();
  return all;
}

int CultureForLang(Lang l) {
  // First culture of that language (for ja/ru/hi the romanized one, which is
  // how IMDb mostly spells character names), else English.
  const auto& c = Cultures();
  for (size_t i = 0; i < c.size(); ++i)
    if (c[i].lang == l) return int(i);
  return 0;
}

}  // namespace datagen
