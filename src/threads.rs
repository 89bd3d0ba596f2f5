//! When work is worth handing to the thread pool.
//!
//! The pool's threads start on first use, each with its own allocator heap to set up: for a
//! project of a few files that costs more than running its whole check on one thread (a cold
//! check of the bundled project spent a tenth of its 3 ms on it). Editors lint one small
//! project at every save, so small work stays on the calling thread; the pool takes work from
//! [`POOL_FROM`] independent pieces on.

/// Independent pieces of work (claim files to parse, sources to check) from which the thread
/// pool is used.
pub const POOL_FROM: usize = 16;

/// Whether `pieces` independent pieces of work are worth the thread pool.
pub fn worth_the_pool(pieces: usize) -> bool {
    pieces >= POOL_FROM
}
