//! Where a project keeps what the curator's commands write.

use std::path::{Component, Path, PathBuf};

use crate::project::{CLAIMS_DIR, Project};

/// The schema file's path in a project, as `init` writes it.
pub const SCHEMA_FILE: &str = "schema/crossclaim.schema.json";

/// The project's directories, as paths the user would type.
#[derive(Debug, Clone)]
pub struct Layout {
    pub root: PathBuf,
    /// Where `add` writes: the first configured claims directory, else `claims/`.
    pub claims: PathBuf,
    /// Where article sources must be: the configured `seeds`, else `seeds/`.
    pub seeds: PathBuf,
}

impl Layout {
    pub fn of(project: &Project) -> Layout {
        let claims = project
            .claim_paths
            .iter()
            .find(|path| !path.is_file())
            .cloned()
            .unwrap_or_else(|| join(&project.root, Path::new(CLAIMS_DIR)));
        let seeds = project
            .seeds
            .clone()
            .unwrap_or_else(|| join(&project.root, Path::new("seeds")));
        Layout {
            root: project.root.clone(),
            claims,
            seeds,
        }
    }

    /// The conventional file of a kind of definition: `claims/outlets.yaml`.
    pub fn definitions_file(&self, section: &str) -> PathBuf {
        self.claims.join(format!("{section}.yaml"))
    }

    /// The file of one article and its claims.
    pub fn article_file(&self, id: &str) -> PathBuf {
        self.claims.join("articles").join(format!("{id}.yaml"))
    }

    /// `path` relative to the project root, with forward slashes, as an article's `source`.
    pub fn relative(&self, path: &Path) -> Option<String> {
        let rest = relative_to(path, &self.root)?;
        let parts: Vec<String> = rest
            .components()
            .map(|c| match c {
                Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect::<Option<_>>()?;
        Some(parts.join("/"))
    }

    /// The first line of a claim file at `path`, pointing editors at the project's schema.
    pub fn schema_line(&self, path: &Path) -> String {
        let depth = relative_to(path, &self.root).map_or(1, |rest| rest.components().count().saturating_sub(1));
        format!("# yaml-language-server: $schema={}{SCHEMA_FILE}", "../".repeat(depth))
    }
}

pub use crate::paths::join;

fn relative_to<'a>(path: &'a Path, root: &Path) -> Option<&'a Path> {
    crate::paths::strip(path, root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_each_file_at_the_schema_by_its_depth() {
        let layout = Layout {
            root: PathBuf::from("corpus"),
            claims: PathBuf::from("corpus/claims"),
            seeds: PathBuf::from("corpus/seeds"),
        };
        assert_eq!(
            layout.schema_line(&layout.article_file("a")),
            "# yaml-language-server: $schema=../../schema/crossclaim.schema.json"
        );
        assert_eq!(
            layout.schema_line(&layout.definitions_file("outlets")),
            "# yaml-language-server: $schema=../schema/crossclaim.schema.json"
        );
        assert_eq!(
            layout.relative(Path::new("corpus/seeds/a.txt")).as_deref(),
            Some("seeds/a.txt")
        );
        assert_eq!(layout.relative(Path::new("elsewhere/a.txt")), None);
    }
}
