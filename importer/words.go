package importer

// Hand-written word lists of the importer, by the kgx authors (CC0).
// They describe German and English in general and name no entity of any
// particular article.
