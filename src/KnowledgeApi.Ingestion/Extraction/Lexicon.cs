namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Closed word lists the rules consult. They describe English (and the Spanish name particles
/// news in English quotes), never a particular article: a word belongs here only if it plays
/// the same role in any news text.
/// </summary>
internal static class Lexicon
{
    private static readonly StringComparer Words = StringComparer.OrdinalIgnoreCase;

    /// <summary>Capitalised at a sentence start but never a name on their own.</summary>
    public static readonly HashSet<string> StopWords = new(
    [
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "Of", "For", "From", "To", "By",
        "With", "As", "But", "And", "Or", "Nor", "If", "When", "While", "After", "Before", "Since", "Though",
        "Although", "Because", "Instead", "However", "Then", "There", "Here", "It", "Its", "He", "She", "They",
        "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Every", "Each", "All", "Some", "Many",
        "Most", "No", "Not", "Last", "Next", "Later", "Earlier", "Nearly", "Almost", "One", "Two", "Three",
        "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third", "Former",
        "Currently", "Today", "Yesterday", "Tomorrow", "Meanwhile", "Such", "According", "Asked", "What",
        "Who", "Why", "How", "Where", "Which", "Yes", "Nobody", "None", "Even", "Also", "Only", "Just", "Still",
        "Yet", "So", "Thus", "Both", "Either", "Neither", "Unlike", "Like", "Under", "Over", "Against",
        "Between", "Among", "During", "Despite", "Through", "Into", "About", "Amid", "Across", "Toward",
        "Towards", "Upon", "Within", "Without", "Opinion", "Analysts", "Officials", "Critics", "Several",
        "Another", "Other", "Others", "Whether", "Once", "Now", "Never", "Dear", "Please", "Thank", "Thanks",
    ], Words);

    /// <summary>Titles and honorifics that introduce a person's name ("Gen. Salvador Cienfuegos").</summary>
    public static readonly HashSet<string> Titles = new(
    [
        "President", "President-elect", "Vice", "Gen", "General", "Lt", "Lieutenant", "Col", "Colonel", "Maj",
        "Major", "Capt", "Captain", "Adm", "Admiral", "Sgt", "Sergeant", "Mr", "Mrs", "Ms", "Miss", "Dr",
        "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Senator", "Sen", "Rep", "Representative",
        "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "Minister", "Secretary", "Judge",
        "Justice", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess", "Pope", "Father", "Rev",
        "Reverend", "Bishop", "Archbishop", "Commissioner", "Ambassador", "Director", "Chairman",
        "Chairwoman", "Chair", "Attorney", "Sheriff", "Commander", "Marshal", "Dictator", "Councillor", "Councilor",
        "Councilman", "Councilwoman", "Alderman", "Assemblyman", "Assemblywoman", "Superintendent", "Inspector",
        "Detective", "Constable", "Sergeant-at-arms", "Baroness", "Baron", "Count", "Countess", "Duke", "Duchess",
    ], Words);

    /// <summary>Abbreviated titles and words written with a full stop that does not end a sentence.</summary>
    public static readonly HashSet<string> Abbreviations = new(
    [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Sen", "Rep", "Gov", "Prof",
        "Rev", "St", "Jr", "Sr", "No", "Vol", "vs", "etc", "U.S", "D.C", "U.K", "U.N", "Inc", "Ltd", "Co",
    ], Words);

    /// <summary>Nationality adjectives and nouns, with the country they point to where it is a gazetteer name.</summary>
    public static readonly Dictionary<string, string?> Demonyms = new(Words)
    {
        ["Mexican"] = "Mexico", ["Mexicans"] = "Mexico", ["American"] = "United States", ["Americans"] = "United States",
        ["Chilean"] = "Chile", ["Chileans"] = "Chile", ["Brazilian"] = "Brazil", ["British"] = "United Kingdom",
        ["English"] = "England", ["Spanish"] = "Spain", ["German"] = "Germany", ["Germans"] = "Germany",
        ["Ecuadorian"] = "Ecuador", ["French"] = null, ["Cuban"] = null, ["Venezuelan"] = null, ["Argentine"] = null,
        ["Argentinian"] = null, ["Colombian"] = null, ["Peruvian"] = null, ["Bolivian"] = null, ["Canadian"] = null,
        ["Chinese"] = null, ["Russian"] = null, ["Ukrainian"] = null, ["Israeli"] = null, ["Palestinian"] = null,
        ["Indian"] = null, ["Japanese"] = null, ["Italian"] = null, ["European"] = null, ["Asian"] = null,
        ["African"] = null, ["Latino"] = null, ["Latina"] = null, ["Hispanic"] = null, ["Western"] = null,
        ["Eastern"] = null, ["Northern"] = null, ["Southern"] = null, ["Mormon"] = null, ["Catholic"] = null,
        ["Muslim"] = null, ["Jewish"] = null, ["Christian"] = null, ["Scottish"] = null, ["Welsh"] = null,
        ["Irish"] = null, ["Australian"] = null,
    };

    public static readonly HashSet<string> Months = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ], Words);

    public static readonly HashSet<string> Days = new(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], Words);

    /// <summary>Words that make a capitalised run an organisation ("Socialist Equality Party").</summary>
    public static readonly HashSet<string> OrganizationCues = new(
    [
        "Party", "Bureau", "Times", "Post", "Ministry", "Union", "Unions", "Association", "Council", "Court",
        "Organization", "Organisation", "Agency", "Department", "Committee", "Federation", "Confederation",
        "Institute", "University", "College", "Bank", "Company", "Corporation", "Corp", "Inc", "Ltd", "Group",
        "Foundation", "Army", "Navy", "Forces", "Police", "Guard", "Congress", "Senate", "Parliament",
        "Assembly", "Government", "Commission", "Office", "Network", "Magazine", "Journal", "News", "Review",
        "Tribune", "Herald", "Gazette", "Press", "Movement", "League", "Front", "Alliance", "Coalition",
        "Society", "Club", "School", "Academy", "Elementary", "Board", "Authority", "Service", "Secretariat",
        "Cartel", "International", "Socialists", "Communists", "Trust", "Fund", "Centre", "Center",
        "Industries", "Holdings", "Partners", "Systems", "Motors", "Airlines", "Technologies", "Textiles", "Foods",
        "Energy", "Media", "Communications", "Pharmaceuticals", "Mining", "Steel", "Airways", "Railways", "Brands",
    ], Words);

    public static readonly HashSet<string> EventCues = new(
    [
        "War", "Revolution", "Coup", "Uprising", "Insurrection", "Massacre", "Election", "Elections",
        "Olympics", "Crisis", "Pandemic", "Rebellion", "Commune",
    ], Words);

    public static readonly HashSet<string> PlaceCues = new(
    [
        "States", "Republic", "Kingdom", "City", "County", "Province", "Street", "Avenue", "Square", "River",
        "Mountains", "Island", "Islands", "Valley", "Bay", "Harbor", "Harbour", "Airport", "Hospital", "Statue",
        "St", "Saint", "Mount", "Lake", "Fort", "Port", "Park", "Road", "Bridge", "Heights", "Hill", "Hills", "District", "Beach",
    ], Words);

    /// <summary>Lower-case words allowed inside a name ("Ministry of Health", "Santiago de Chile").</summary>
    public static readonly HashSet<string> Connectors = new(
        ["of", "for", "de", "del", "la", "los", "las", "y", "van", "von", "der", "da", "dos", "du", "al", "bin"],
        StringComparer.Ordinal);

    /// <summary>Particles that may sit inside a person's name (the others mark an organisation's).</summary>
    public static readonly HashSet<string> NameParticles = new(
        ["de", "del", "la", "los", "las", "y", "van", "von", "der", "da", "dos", "du", "al", "bin"],
        StringComparer.Ordinal);

    /// <summary>Leading words of a clause that are not part of its subject ("As the Post warned").</summary>
    public static readonly HashSet<string> Subordinators = new(
    [
        "as", "while", "when", "after", "before", "then", "but", "and", "so", "however", "instead", "later",
        "meanwhile", "still", "yet", "also", "though", "although", "because", "if", "since", "now", "again",
    ], Words);

    /// <summary>Words that can only start a phrase that is not a speaker ("only to add").</summary>
    public static readonly HashSet<string> NonSubjectStarts = new(
    [
        "to", "only", "or", "that", "than", "with", "by", "in", "on", "at", "of", "from", "for", "into",
        "about", "adding", "saying", "not", "is", "was", "were", "are", "be", "been",
    ], Words);

    /// <summary>Determiners that open a descriptor ("a relative of ...", "one miner").</summary>
    public static readonly HashSet<string> Determiners = new(
    [
        "a", "an", "the", "one", "another", "some", "two", "three", "several", "many", "most", "other", "its",
        "their", "his", "her",
    ], Words);

    /// <summary>Prepositions: an entity right after one is not the subject of its sentence.</summary>
    public static readonly HashSet<string> Prepositions = new(
    [
        "of", "to", "with", "by", "for", "from", "against", "before", "after", "on", "in", "at", "about", "like",
        "than", "as", "behind", "under", "over", "into", "toward", "towards", "upon", "between", "among",
        "during", "via", "through", "unlike", "including", "around", "near", "without", "within", "across",
    ], Words);

    /// <summary>Common nouns that refer back to an organisation ("the company said").</summary>
    public static readonly HashSet<string> OrganizationNouns = new(
    [
        "company", "union", "ministry", "party", "government", "organisation", "organization", "group",
        "newspaper", "paper", "agency", "association", "bank", "firm", "department", "court", "council", "board",
        "magazine", "network", "federation", "college", "institute", "university", "army", "military",
        "committee", "movement", "campaign", "office", "publication", "website", "site", "broadcaster",
        "column", "editorial", "statement", "article", "report",
    ], Words);

    /// <summary>Nouns that name a text an organisation publishes, so "its statement" speaks for it.</summary>
    public static readonly HashSet<string> PublicationNouns = new(
        ["column", "editorial", "statement", "article", "report", "release", "note", "website", "account"], Words);

    /// <summary>Verbs that introduce a title rather than a quotation ("a column titled ...").</summary>
    public static readonly HashSet<string> TitleMarkers = new(
        ["titled", "entitled", "headlined", "headed", "named", "dubbed", "slogan"], Words);

    public static bool IsDemonymOrDate(string word) =>
        Demonyms.ContainsKey(word) || Months.Contains(word) || Days.Contains(word);
}
