-- crossclaim export --format sqlite: one table per kind of definition, as in the claim files.
-- Ids are the claim files' ids. Dates keep their written precision (`2021`, `2021-06`,
-- `2021-06-22`, `unknown`, or bounds such as `on or before 2014-09-05`); `*_earliest` and
-- `*_latest` give the first and last day a date may stand for as YYYY-MM-DD (NULL when unknown
-- or open at that end), for range queries. Positions count Unicode code
-- points of the stored source, as the Web Annotation export does.

CREATE TABLE outlets (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    ownership TEXT NOT NULL,
    kind TEXT,
    homepage TEXT
);

CREATE TABLE speakers (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    affiliation TEXT
);

CREATE TABLE topics (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    description TEXT
);

CREATE TABLE propositions (
    id TEXT PRIMARY KEY NOT NULL,
    topic TEXT NOT NULL REFERENCES topics (id),
    text TEXT NOT NULL,
    -- A fact-checker's or dataset's verdict on the proposition: the rating as its author words
    -- it, who gave it, where and when (NULL without a verdict).
    verdict TEXT,
    verdict_by TEXT,
    verdict_url TEXT,
    verdict_date TEXT
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY NOT NULL,
    outlet TEXT NOT NULL REFERENCES outlets (id),
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    published TEXT NOT NULL,
    published_earliest TEXT,
    published_latest TEXT,
    published_note TEXT,
    dateline TEXT,
    url TEXT,
    -- When the stored source was taken: YYYY-MM-DD or an RFC 3339 time.
    captured TEXT
);

-- The web domains each outlet publishes under.
CREATE TABLE outlet_domains (
    outlet TEXT NOT NULL REFERENCES outlets (id),
    domain TEXT NOT NULL,
    PRIMARY KEY (outlet, domain)
);

-- Each article's ids in other datasets (`emergent`, `fnc-1`...).
CREATE TABLE article_ids (
    article TEXT NOT NULL REFERENCES articles (id),
    dataset TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (article, dataset)
);

CREATE TABLE claims (
    id TEXT PRIMARY KEY NOT NULL,
    article TEXT NOT NULL REFERENCES articles (id),
    -- NULL for narration, where the outlet itself speaks.
    speaker TEXT REFERENCES speakers (id),
    mode TEXT NOT NULL CHECK (mode IN ('quote', 'paraphrase', 'narration')),
    verb TEXT,
    quote TEXT NOT NULL,
    prefix TEXT,
    suffix TEXT,
    occurrence INTEGER,
    speaker_role TEXT,
    said_on TEXT,
    said_on_earliest TEXT,
    said_on_latest TEXT,
    summary TEXT,
    notes TEXT,
    passage_start INTEGER,
    passage_end INTEGER,
    placement TEXT NOT NULL CHECK (placement IN ('body', 'headline', 'subheading', 'caption')),
    -- The verb's class in the lexicon (docs/framing.md); NULL with no verb or an unclassed one.
    verb_class TEXT,
    -- How a statement without a verb is attributed.
    attribution TEXT CHECK (attribution IN ('context', 'label')),
    -- The outlet's framing markers as printed, joined by ';'.
    markers TEXT,
    -- The statement the claim renders (its own, else its original's), and its language.
    statement TEXT,
    language TEXT,
    translation_of TEXT
);

-- The topics a claim lists, each once, in the order given.
CREATE TABLE claim_topics (
    claim TEXT NOT NULL REFERENCES claims (id),
    topic TEXT NOT NULL REFERENCES topics (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (claim, topic)
);

-- A claim's stances in the order given.
CREATE TABLE stances (
    claim TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    proposition TEXT NOT NULL REFERENCES propositions (id),
    stance TEXT NOT NULL CHECK (stance IN ('supports', 'opposes', 'neutral')),
    certainty TEXT NOT NULL CHECK (certainty IN ('certain', 'probable', 'possible')),
    PRIMARY KEY (claim, position)
);
