"""The demo statement in German, French and Turkish (the coalition's countries), and a short Arabic
summary that shows a right-to-left text. Invented, like everything in the demo."""

TRANSLATIONS = {
    "de": (
        "Gemeinsame Erklärung: Saubere Flüsse über Grenzen hinweg",
        """\
Wir, die unterzeichnenden Gemeinschaftsvereine, Verbände sowie Bürgerinnen und Bürger, leben an Flüssen, die
an keiner Grenze haltmachen. Ihr Zustand entscheidet über das Wasser, das wir trinken, die Fische, die wir
fangen, und die Hochwasser, die wir fürchten.

Wir fordern die für Wasser zuständigen Ministerinnen und Minister unserer Länder auf,

1. die Messwerte der Flussqualität jeder Messstelle jeden Monat in offenen Formaten zu **veröffentlichen**;
2. die Renaturierung der in den nationalen Bewirtschaftungsplänen genannten Auen und Feuchtgebiete zu
   **finanzieren**;
3. die Gemeinden am Fluss vor jeder neuen Genehmigung für Staudämme, Ausbaggerungen oder Einleitungen
   **anzuhören**.

Saubere Flüsse sind eine gemeinsame Verantwortung. Wir bitten noch vor Jahresende um ein erstes Treffen mit
unserer Koalition und werden öffentlich über die Antworten berichten, die wir erhalten.
""",
    ),
    "fr": (
        "Déclaration commune : des rivières propres par-delà les frontières",
        """\
Nous, associations locales, fédérations et citoyens soussignés, vivons au bord de rivières qui ne s'arrêtent
pas aux frontières. Leur santé décide de l'eau que nous buvons, des poissons que nous pêchons et des crues que
nous craignons.

Nous demandons aux ministres chargés de l'eau dans nos pays :

1. de **publier** chaque mois, dans des formats ouverts, les mesures de qualité de chaque station de
   surveillance ;
2. de **financer** la restauration des plaines inondables et des zones humides citées dans les plans
   nationaux de bassin ;
3. de **consulter** les communautés riveraines avant toute autorisation de barrage, de dragage ou de rejet.

Des rivières propres sont une responsabilité partagée. Nous demandons une première rencontre avec notre
coalition avant la fin de l'année et rendrons compte publiquement des réponses reçues.
""",
    ),
    "tr": (
        "Ortak Bildiri: Sınır Tanımayan Temiz Nehirler",
        """\
Biz, aşağıda imzası bulunan yerel dernekler, federasyonlar ve yurttaşlar, sınırlarda durmayan nehirlerin
kıyısında yaşıyoruz. Nehirlerin sağlığı içtiğimiz suyu, tuttuğumuz balığı ve korktuğumuz selleri belirliyor.

Ülkelerimizde sudan sorumlu bakanlara çağrıda bulunuyoruz:

1. her ölçüm istasyonunun nehir kalitesi verilerini her ay açık biçimlerde **yayımlayın**;
2. ulusal havza planlarında adı geçen taşkın ovalarının ve sulak alanların onarımını **finanse edin**;
3. her yeni baraj, tarama ya da deşarj izninden önce nehir kıyısındaki toplulukların **görüşünü alın**.

Temiz nehirler ortak bir sorumluluktur. Yıl sonundan önce koalisyonumuzla ilk bir görüşme talep ediyor ve
aldığımız yanıtları kamuoyuyla paylaşacağımızı bildiriyoruz.
""",
    ),
    "ar": (
        "بيان مشترك: أنهار نظيفة عبر الحدود",
        """\
نحن الجمعيات والاتحادات والمواطنين الموقعين أدناه، نعيش على ضفاف أنهار لا تتوقف عند الحدود.

ندعو الوزراء المسؤولين عن المياه إلى **نشر** قياسات جودة الأنهار كل شهر، و**تمويل** إعادة تأهيل الأراضي
الرطبة، و**استشارة** المجتمعات المحلية قبل أي ترخيص جديد.
""",
    ),
}
