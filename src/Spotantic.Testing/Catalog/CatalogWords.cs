namespace Spotantic.Testing.Catalog;

/// <summary>Fixed word lists the generator draws names from.</summary>
internal static class CatalogWords
{
    /// <summary>ISO 3166-1 alpha-2 codes of the markets Spotify serves.</summary>
    public static readonly string[] Markets =
    [
        "AD", "AE", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN",
        "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CG", "CH", "CI", "CL", "CM", "CO", "CR", "CV", "CW", "CY", "CZ",
        "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ES", "ET", "FI", "FJ", "FM", "FR", "GA", "GB", "GD", "GE", "GH",
        "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HK", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IS", "IT", "JM",
        "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KR", "KW", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU",
        "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MN", "MO", "MR", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
        "NA", "NE", "NG", "NI", "NL", "NO", "NP", "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PR", "PS", "PT", "PW",
        "PY", "QA", "RO", "RS", "RW", "SA", "SB", "SC", "SE", "SG", "SI", "SK", "SL", "SM", "SN", "SR", "ST", "SV", "SZ", "TD",
        "TG", "TH", "TJ", "TL", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "US", "UY", "UZ", "VC", "VE", "VN", "VU",
        "WS", "XK", "ZA", "ZM", "ZW",
    ];

    /// <summary>The genre seeds Spotify's recommendations accepted.</summary>
    public static readonly string[] Genres =
    [
        "acoustic", "afrobeat", "alt-rock", "alternative", "ambient", "anime", "black-metal", "bluegrass", "blues", "bossanova",
        "brazil", "breakbeat", "british", "cantopop", "chicago-house", "children", "chill", "classical", "club", "comedy",
        "country", "dance", "dancehall", "death-metal", "deep-house", "detroit-techno", "disco", "disney", "drum-and-bass", "dub",
        "dubstep", "edm", "electro", "electronic", "emo", "folk", "forro", "french", "funk", "garage", "german", "gospel", "goth",
        "grindcore", "groove", "grunge", "guitar", "happy", "hard-rock", "hardcore", "hardstyle", "heavy-metal", "hip-hop",
        "holidays", "honky-tonk", "house", "idm", "indian", "indie", "indie-pop", "industrial", "iranian", "j-dance", "j-idol",
        "j-pop", "j-rock", "jazz", "k-pop", "kids", "latin", "latino", "malay", "mandopop", "metal", "metal-misc", "metalcore",
        "minimal-techno", "movies", "mpb", "new-age", "new-release", "opera", "pagode", "party", "philippines-opm", "piano", "pop",
        "pop-film", "post-dubstep", "power-pop", "progressive-house", "psych-rock", "punk", "punk-rock", "r-n-b", "rainy-day",
        "reggae", "reggaeton", "road-trip", "rock", "rock-n-roll", "rockabilly", "romance", "sad", "salsa", "samba", "sertanejo",
        "show-tunes", "singer-songwriter", "ska", "sleep", "songwriter", "soul", "soundtracks", "spanish", "study", "summer",
        "swedish", "synth-pop", "tango", "techno", "trance", "trip-hop", "turkish", "work-out", "world-music",
    ];

    public static readonly string[] Adjectives =
    [
        "Velvet", "Neon", "Silent", "Golden", "Electric", "Hollow", "Crimson", "Lunar", "Wild", "Paper", "Glass", "Midnight",
        "Quiet", "Burning", "Frozen", "Distant", "Broken", "Sunny", "Electric", "Northern", "Secret", "Blue", "Honey", "Iron",
        "Wandering", "Faded", "Bright", "Restless", "Tender", "Cosmic", "Café", "Señor", "Über",
    ];

    public static readonly string[] Nouns =
    [
        "Harbor", "Pilots", "Garden", "Machines", "Rivers", "Horizon", "Echoes", "Satellites", "Lanterns", "Foxes", "Tides",
        "Mountains", "Wolves", "Parade", "Signals", "Orchard", "Engines", "Ghosts", "Sparrows", "Avenue", "Static", "Meadow",
        "Comets", "Lights", "Harvest", "Voyage", "Canyon", "Cathedral", "Skyline", "Mirrors", "Noches", "Träume",
    ];

    public static readonly string[] FirstNames =
    [
        "Ada", "Bruno", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Luca", "Maya", "Nils",
        "Olivia", "Pablo", "Quinn", "Rosa", "Sami", "Tove", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Björn", "Chloé",
    ];

    public static readonly string[] LastNames =
    [
        "Andersson", "Baptiste", "Castillo", "Dubois", "Eriksen", "Fontaine", "García", "Hoffmann", "Ibrahim", "Jensen", "Kowalski",
        "Lindqvist", "Moreau", "Nakamura", "O'Brien", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka", "Urquhart", "Varga",
        "Weber", "Xu", "Yamamoto", "Zhang",
    ];

    public static readonly string[] TrackWords =
    [
        "Love", "Night", "Dance", "Dream", "Fire", "Rain", "Heart", "Road", "Summer", "Shadow", "Light", "Ocean", "City", "Star",
        "Home", "Storm", "River", "Morning", "Gold", "Silence", "Waves", "Runaway", "Forever", "Paradise", "Static", "Neon",
    ];

    public static readonly string[] TrackPatterns =
    [
        "{0}", "{0} {1}", "The {0}", "{0} of {1}", "{0} & {1}", "No {0}", "{0} (Interlude)", "{0} - Remastered", "\"{0}\"",
        "{0} in the {1}", "Another {0}", "{0}, {1}",
    ];

    public static readonly string[] Labels =
    [
        "Emulated Records", "Loopback Music", "Seeded Sounds", "Deterministic Audio", "Port Zero Recordings", "Offline Label Group",
    ];

    public static readonly string[] ShowTopics =
    [
        "Tech", "History", "Science", "Comedy", "True Crime", "Music", "Business", "Health", "Sports", "Culture", "Design",
        "Food", "Travel", "Books", "Film",
    ];

    public static readonly string[] Languages = ["en", "es", "fr", "de", "sv", "pt", "ja"];
}
