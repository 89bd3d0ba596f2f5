//! crossclaim: checks curated claim files against their source articles and compares what news
//! outlets report about the same events.

pub mod anchor;
