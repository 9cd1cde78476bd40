package relate

// The verb and noun cues of the canonical predicates, the prepositions of
// their objects and which of them are symmetric are data:
// assets/lexicon/cues.tsv (read by the lexicon: VerbCues, NounCues,
// CueFrames, ObjectPreps, Symmetric).
