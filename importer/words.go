package importer

// Hand-written word lists of the importer, by the kgx authors (CC0).
// They describe German and English in general and name no entity of any
// particular article.

// functionWords are closed-class words (lowercase) of German and English:
// capitalised at the start of a sentence they are never names.
var functionWords = setOf(
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines", "kein", "keine",
	"er", "sie", "es", "wir", "ihr", "ich", "du", "man", "sein", "seine", "ihre", "unser", "unsere", "dies", "diese",
	"dieser", "dieses", "diesen", "jene", "jener", "welche", "welcher", "vor", "nach", "mit", "bei", "von", "zu", "zum",
	"zur", "im", "in", "am", "an", "auf", "aus", "für", "über", "unter", "um", "als", "wie", "wenn", "da", "dass", "denn",
	"doch", "aber", "und", "oder", "auch", "noch", "nur", "schon", "so", "seit", "laut", "derzeit", "dort", "hier",
	"heute", "gestern", "damit", "dabei", "dafür", "daher", "deshalb", "trotz", "während", "wegen", "gegen", "ohne",
	"durch", "bis", "ab", "nun", "jetzt", "bereits", "zudem", "außerdem", "allerdings", "jedoch", "etwa", "rund",
	"mehr", "viele", "alle", "einige", "andere", "anderen", "beim", "vom", "ins", "ob", "weil", "obwohl", "nachdem",
	"the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "we", "they", "i", "you", "his", "her",
	"its", "their", "our", "in", "on", "at", "for", "from", "with", "by", "of", "to", "as", "after", "before", "but",
	"and", "or", "if", "when", "while", "since", "during", "about", "over", "under", "there", "here", "what", "who",
	"which", "where", "why", "how", "all", "some", "many", "most", "more", "also", "then", "now", "so", "yet", "not",
	"no", "yes", "however", "meanwhile", "according", "last", "next", "first", "new", "mr", "mrs", "ms", "dr", "prof",
	"sowie", "sowohl", "ebenso", "nichts", "etwas", "wer", "was", "wo", "warum", "wie", "weder", "noch", "sondern",
	"ihm", "ihn", "ihnen", "uns", "euch", "mich", "dich", "sich", "mein", "dein", "hat", "haben", "ist", "sind", "war",
	"waren", "wird", "werden", "wurde", "wurden", "kann", "können", "soll", "sollen", "muss", "müssen", "will", "wollen",
)

// monthAndDay words are dates, never entities.
var monthAndDay = setOf(
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
	"Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend",
	"January", "February", "March", "May", "June", "July", "October", "December", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday", "Sunday", "Frühjahr", "Herbst", "Sommer", "Winter",
)

// countryAliases are short forms the gazetteer lacks, mapped to ISO codes.
var countryAliases = map[string]string{
	"U.S.": "US", "US": "US", "USA": "US", "Amerika": "US", "America": "US", "UK": "GB", "U.K.": "GB",
	"Britain": "GB", "Großbritannien": "GB", "England": "GB", "Russland": "RU", "Holland": "NL", "Südkorea": "KR",
	"South Korea": "KR", "Korea": "KR", "Tschechien": "CZ", "Czech Republic": "CZ", "Vereinigten Staaten": "US",
	"Vereinigte Staaten von Amerika": "US", "Volksrepublik China": "CN", "Bundesrepublik": "DE", "Schweiz": "CH",
	"Türkei": "TR", "Niederlanden": "NL",
}

// demonymStems maps origin adjectives (German stem in -isch, English form)
// to ISO country codes: "chinesische ZTE" → based_in China.
var demonymStems = map[string]string{
	"chinesisch": "CN", "amerikanisch": "US", "us-amerikanisch": "US", "deutsch": "DE", "französisch": "FR",
	"britisch": "GB", "englisch": "GB", "italienisch": "IT", "spanisch": "ES", "japanisch": "JP", "koreanisch": "KR",
	"südkoreanisch": "KR", "russisch": "RU", "indisch": "IN", "kanadisch": "CA", "österreichisch": "AT",
	"schweizerisch": "CH", "schweizer": "CH", "niederländisch": "NL", "holländisch": "NL", "belgisch": "BE", "polnisch": "PL",
	"schwedisch": "SE", "norwegisch": "NO", "dänisch": "DK", "finnisch": "FI", "irisch": "IE", "türkisch": "TR",
	"brasilianisch": "BR", "mexikanisch": "MX", "australisch": "AU", "israelisch": "IL", "iranisch": "IR",
	"saudisch": "SA", "ukrainisch": "UA", "taiwanisch": "TW", "griechisch": "GR", "portugiesisch": "PT",
	"tschechisch": "CZ", "ungarisch": "HU", "luxemburgisch": "LU", "argentinisch": "AR", "südafrikanisch": "ZA",
	"chinese": "CN", "american": "US", "german": "DE", "french": "FR", "british": "GB", "italian": "IT",
	"spanish": "ES", "japanese": "JP", "korean": "KR", "south korean": "KR", "russian": "RU", "indian": "IN",
	"canadian": "CA", "austrian": "AT", "swiss": "CH", "dutch": "NL", "belgian": "BE", "polish": "PL",
	"swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "irish": "IE", "turkish": "TR",
	"brazilian": "BR", "mexican": "MX", "australian": "AU", "israeli": "IL", "iranian": "IR", "saudi": "SA",
	"ukrainian": "UA", "taiwanese": "TW", "greek": "GR", "portuguese": "PT", "czech": "CZ", "hungarian": "HU",
}

// legalForms end organisation names.
var legalForms = setOf("AG", "SE", "GmbH", "KG", "KGaA", "OHG", "e.V.", "eG", "Inc", "Inc.", "Corp", "Corp.",
	"Corporation", "Ltd", "Ltd.", "LLC", "plc", "PLC", "S.A.", "SA", "N.V.", "NV", "Co.", "Holding", "Holdings",
	"Group", "Gruppe", "Company", "Limited")

// orgHeads are nouns that make the name they end an organisation
// ("Rice University", "EU-Kommission", "US-Kongress").
var orgHeads = setOf(
	"Kommission", "Kongress", "Regierung", "Ministerium", "Parlament", "Behörde", "Agentur", "Gericht", "Senat",
	"Zentralbank", "Notenbank", "Bank", "Universität", "Hochschule", "Partei", "Verband", "Gewerkschaft", "Stiftung",
	"Institut", "Airline", "Airlines", "Fluggesellschaft", "Zeitung", "Presse-Agentur", "Kartellamt", "Rat", "Amt",
	"Polizei", "Armee", "Staatsanwaltschaft", "Aufsichtsbehörde", "Landesregierung", "Bundesregierung", "Werke",
	"University", "College", "Commission", "Congress", "Government", "Ministry", "Department", "Parliament",
	"Agency", "Court", "Senate", "Bank", "Party", "Council", "Association", "Institute", "Foundation", "Market",
	"Markets", "Motors", "Technologies", "Systems", "Labs", "Press", "News", "Times", "Post", "Journal", "Club",
	"Union", "Office", "Authority", "Board", "Port", "Steel", "Steelworkers", "Committee", "Organization", "Organisation", "Federation", "Airways",
	"Pharmaceuticals", "Energy", "Bancorp", "Partners", "Capital", "Ventures", "Media", "Entertainment", "Foods",
	"Stores", "Industries", "Electronics", "Telecom", "Communications", "Insurance", "Securities", "Reserve",
	"Logistics", "Holdings", "Group", "Solutions", "Networks", "Enterprises", "Brands", "Semiconductor",
	"Semiconductors", "Robotics", "Therapeutics", "Biosciences", "Software", "Aerospace", "Automotive",
	"Resources", "Hotels", "Resorts", "Investments", "Healthcare", "Logistik", "Verlag", "Versicherung",
	"Administration", "Bureau", "Service", "Services", "Corporation", "Company", "Fund", "Exchange", "Trust",
	"Navy", "Army", "Agentur", "Bundesamt", "Landesamt", "Motor",
)

// sameEntityHeads, after a hyphen, leave the name before them as the entity:
// "VW-Konzern" is Volkswagen.
var sameEntityHeads = setOf("Konzern", "Konzerns", "Gruppe", "Unternehmen", "Unternehmens", "Holding", "Firma",
	"Airline", "Aktie", "Aktien", "Papiere", "Werk", "Werke", "Zentrale")

// orgTypeNouns before a name make it an organisation ("der Konzern Bayer",
// "Hersteller ZTE", "retailer Amazon").
var orgTypeNouns = setOf(
	"Konzern", "Hersteller", "Unternehmen", "Firma", "Fluggesellschaft", "Airline", "Tochter", "Bank", "Versicherer",
	"Autobauer", "Chipkonzern", "Softwarekonzern", "Händler", "Onlinehändler", "Versandhändler", "Zulieferer",
	"Anbieter", "Start-up", "Startup", "Rivale", "Konkurrent", "Wettbewerber", "Marke", "Partei", "Verband",
	"Billigflieger", "Mutterkonzern", "Tochterfirma", "Tochtergesellschaft",
	"Agentur", "Gesellschaft", "Kette", "Gruppe", "Dienst", "Dienstleister", "Spezialist", "Betreiber", "Riese",
	"Brauer", "Versender", "Plattform", "Sender", "Institut", "Entwickler", "Vermarkter", "Lieferant", "Reederei", "Werft",
	"Airline", "Fluglinie", "Discounter", "Genossenschaft", "Sparkasse", "Stiftung", "Holding",
	"Magazin", "Zeitschrift", "Kanzlei", "Anwaltskanzlei", "Verlag", "Verein", "Klub", "Club", "Klinik", "Label",
	"Studio", "Finanzinvestor", "Versorger", "Energieversorger", "Konsortium", "consortium", "Firmen", "Banken", "Konzerne", "Fonds", "Vermögensverwalter", "Versicherung", "Autovermieter",
	"company", "firm", "giant", "retailer", "maker", "manufacturer", "carrier", "airline", "bank", "chain", "group",
	"startup", "rival", "competitor", "supplier", "insurer", "automaker", "chipmaker", "brand", "subsidiary", "unit",
	"conglomerate", "grocer", "operator", "provider", "developer", "publisher", "lender",
)

// roleKind is the predicate a role word expresses between a person and an organisation.
var roleWords = map[string]string{
	"Chef": "ceo_of", "Chefin": "ceo_of", "Konzernchef": "ceo_of", "Konzernchefin": "ceo_of", "Vorstandschef": "ceo_of",
	"Vorstandschefin": "ceo_of", "Vorstandsvorsitzender": "ceo_of", "Vorstandsvorsitzende": "ceo_of", "CEO": "ceo_of",
	"Geschäftsführer": "ceo_of", "Geschäftsführerin": "ceo_of", "Firmenchef": "ceo_of", "Unternehmenschef": "ceo_of",
	"Präsident": "ceo_of", "Präsidentin": "ceo_of",
	"chief executive": "ceo_of", "chief": "ceo_of", "chief executive officer": "ceo_of", "head": "ceo_of", "boss": "ceo_of", "president": "ceo_of",
	"Aufsichtsratschef": "chair_of", "Aufsichtsratsvorsitzender": "chair_of", "Aufsichtsratsvorsitzende": "chair_of",
	"Aufsichtsratschefin": "chair_of", "chairman": "chair_of", "chairwoman": "chair_of", "chair": "chair_of",
	"Gründer": "founder_of", "Gründerin": "founder_of", "Mitgründer": "founder_of", "Mitbegründer": "founder_of",
	"founder": "founder_of", "co-founder": "founder_of", "cofounder": "founder_of",
	"Sprecher": "employee_of", "Sprecherin": "employee_of", "Vizechef": "employee_of", "Vize": "employee_of", "Vizechefin": "employee_of", "Vorstand": "employee_of",
	"Manager": "employee_of", "Managerin": "employee_of", "Finanzchef": "employee_of", "Finanzvorstand": "employee_of",
	"Mitarbeiter": "employee_of", "Mitarbeiterin": "employee_of", "Analyst": "employee_of", "Analystin": "employee_of",
	"Professor": "employee_of", "Professorin": "employee_of", "Direktor": "employee_of", "Direktorin": "employee_of",
	"spokesman": "employee_of", "spokeswoman": "employee_of", "spokesperson": "employee_of", "vice president": "employee_of",
	"executive": "employee_of", "manager": "employee_of", "director": "employee_of", "analyst": "employee_of",
	"vice chairman": "employee_of", "vice chair": "employee_of", "secretary": "employee_of", "secretary-general": "ceo_of", "administrator": "ceo_of", "commissioner": "employee_of",
	"professor": "employee_of", "employee": "employee_of", "CFO": "employee_of", "finance chief": "employee_of", "chief financial officer": "employee_of",
	"chief operating officer": "employee_of", "officer": "employee_of", "CTO": "employee_of", "COO": "employee_of",
	"Vorsitzender": "chair_of", "Vorsitzende": "chair_of", "Vorsitzenden": "chair_of", "Leiter": "ceo_of", "Leiterin": "ceo_of",
	"Managing Director": "ceo_of", "managing director": "ceo_of", "Inhaber": "owns", "Inhaberin": "owns",
	"Mitglied": "member_of", "member": "member_of", "Abgeordneter": "member_of", "Abgeordnete": "member_of",
}

// personTitles before a name make it a person ("Ministerpräsident Stephan Weil").
var personTitleSuffixes = []string{"minister", "ministerin", "präsident", "präsidentin", "kommissar", "kommissarin",
	"kanzler", "kanzlerin", "chef", "chefin", "sprecher", "sprecherin", "vorsitzende", "vorsitzender", "direktor",
	"direktorin", "professor", "professorin", "richter", "richterin", "senator", "senatorin", "gouverneur"}

var personTitles = setOf("Herr", "Frau", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Sir", "Senator",
	"President", "Minister", "Governor", "Judge", "CEO", "Chairman", "founder", "Chef")

// speechVerbs after a name suggest a person ("…, sagte Müller").
var speechVerbs = setOf("sagte", "sagt", "erklärte", "erklärt", "betonte", "meinte", "sagten", "said", "says",
	"told", "added", "explained", "wrote")

// coordinators join entities that share a role.
var coordinators = setOf("und", "sowie", "oder", "and", "or", ",", "&", "wie")

// anaphors refer back to the most prominent organisation of the text.
var orgAnaphors = setOf("konzern", "unternehmen", "firma", "company", "firm", "gruppe", "group", "hersteller",
	"institut", "geldhaus", "kreditinstitut", "geldinstitut", "finanzkonzern", "versicherungskonzern", "werft", "reederei",
	"autobauer", "airline", "fluggesellschaft", "bank", "retailer", "chain",
	"chipmaker", "carmaker", "automaker", "lender", "insurer", "carrier", "giant", "chiphersteller", "versicherer", "maker",
	"händler", "onlinehändler", "zulieferer", "anbieter", "betreiber", "brauer", "marke", "startup", "start-up", "vermieter")

var pronounsOrg = setOf("er", "es", "sie", "it")

// commonAcronyms are capitalised abbreviations of common nouns, not names.
var commonAcronyms = setOf("TV", "IT", "PC", "KI", "AI", "CEO", "CFO", "COO", "CTO", "PR", "PDF", "USB", "GPS", "SMS",
	"DNA", "DNS", "SUV", "LKW", "PKW", "EDV", "MWST", "GMBH", "AG", "SE", "KG", "OK", "FAQ", "HR", "IPO", "ETF", "BIP",
	"GDP", "CO2", "ID", "UKW", "LED", "LTE", "WLAN", "DSL", "IP", "VR", "AR", "UV", "PS", "KW", "MW", "GW", "TV-",
	"APP", "API", "URL", "HTML", "PDF", "CD", "DVD", "TÜV", "ABS", "EM", "WM", "NS", "DDR", "BRD", "US", "ISBN", "ISSN",
	"EUR", "USD", "CHF", "GBP", "JPY")

// makerNouns after a name make it a product of the company meant: "the
// ChatGPT maker", "der iPhone-Hersteller".
var makerNouns = setOf("maker", "makers", "developer", "Hersteller", "Entwickler")
