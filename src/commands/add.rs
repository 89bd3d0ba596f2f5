use crate::cli::{AddArgs, AddCommand, OwnershipArg};
use crate::curate::add::{ArticleRequest, add_article, add_outlet, add_speaker, add_topic};
use crate::curate::{Curated, load};
use crate::error::Error;
use crate::exit;
use crate::model::{Outlet, Ownership, Proposition, Speaker, Topic};
use crate::render::{article_added, written_line};

use super::curate::{project, refused, report};

/// `crossclaim add article|outlet|speaker|topic`.
pub fn run(args: &AddArgs) -> Result<u8, Error> {
    let text = added(args)?;
    report(&text, exit::CLEAN)
}

/// The project the flags name, loaded without errors.
fn curated(args: &crate::cli::ProjectArgs) -> Result<Curated, Error> {
    load(project(args)?).map_err(refused)
}

fn added(args: &AddArgs) -> Result<String, Error> {
    match &args.what {
        AddCommand::Article(a) => {
            let curated = curated(&a.project)?;
            let request = ArticleRequest {
                source: a.source.clone(),
                outlet: a.outlet.clone(),
                id: a.id.clone(),
                title: a.title.clone(),
                published: a.published,
                url: a.url.clone(),
                dateline: a.dateline.clone(),
                captured: a.captured.clone(),
                copy: a.copy,
            };
            Ok(article_added(
                &add_article(&curated, &request).map_err(refused)?,
                &a.source,
            ))
        }
        AddCommand::Outlet(a) => {
            let outlet = Outlet {
                id: a.id.clone(),
                name: a.name.clone(),
                country: a.country.clone(),
                ownership: ownership(a.ownership),
                kind: a.kind.clone(),
                homepage: a.homepage.clone(),
                domains: a.domains.clone(),
            };
            let curated = curated(&a.project)?;
            Ok(written_line(
                &add_outlet(&curated, &outlet).map_err(refused)?,
                &format!("outlet `{}`", a.id),
            ))
        }
        AddCommand::Speaker(a) => {
            let speaker = Speaker {
                id: a.id.clone(),
                name: a.name.clone(),
                role: a.role.clone(),
                affiliation: a.affiliation.clone(),
            };
            let curated = curated(&a.project)?;
            Ok(written_line(
                &add_speaker(&curated, &speaker).map_err(refused)?,
                &format!("speaker `{}`", a.id),
            ))
        }
        AddCommand::Topic(a) => {
            let topic = Topic {
                id: a.id.clone(),
                title: a.title.clone(),
                description: a.description.clone(),
                propositions: a
                    .propositions
                    .iter()
                    .map(|(id, text)| Proposition {
                        id: id.clone(),
                        text: text.clone(),
                        verdict: None,
                    })
                    .collect(),
            };
            let curated = curated(&a.project)?;
            let n = topic.propositions.len();
            let what = match n {
                0 => format!("topic `{}`", a.id),
                1 => format!("topic `{}` with 1 proposition", a.id),
                n => format!("topic `{}` with {n} propositions", a.id),
            };
            Ok(written_line(&add_topic(&curated, &topic).map_err(refused)?, &what))
        }
    }
}

fn ownership(arg: OwnershipArg) -> Ownership {
    match arg {
        OwnershipArg::StateOwned => Ownership::StateOwned,
        OwnershipArg::StateFunded => Ownership::StateFunded,
        OwnershipArg::PublicService => Ownership::PublicService,
        OwnershipArg::Private => Ownership::Private,
        OwnershipArg::Nonprofit => Ownership::Nonprofit,
        OwnershipArg::Unknown => Ownership::Unknown,
    }
}
