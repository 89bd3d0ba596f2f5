-- Built after the rows are in: one sort per index instead of an update per row.
CREATE INDEX propositions_by_topic ON propositions (topic);
CREATE INDEX articles_by_outlet ON articles (outlet);
CREATE INDEX claims_by_article ON claims (article);
CREATE INDEX claims_by_speaker ON claims (speaker);
CREATE INDEX claim_topics_by_topic ON claim_topics (topic);
CREATE INDEX stances_by_proposition ON stances (proposition);
CREATE INDEX article_ids_by_id ON article_ids (dataset, id);
