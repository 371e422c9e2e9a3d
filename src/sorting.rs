//! The crate's one sort: stable, for any element type, with std's sort
//! compiled once.
//!
//! `slice::sort_by` is generic over the element and the comparator, so each
//! call site of std's sort brings its own copy of quicksort, driftsort and
//! the small sorts (1–4 KB of WebAssembly each; the page had 19 of them).
//! Here the generic part is only a thin wrapper: std sorts a list of
//! indices through a `dyn` comparator, and the slice is then permuted in
//! place along the cycles of that order, through a `dyn` swap. The result is exactly that of
//! `slice::sort_by` (stable: equal elements keep their order).
//!
//! ```
//! let mut words = vec!["ccc", "a", "bb", "d"];
//! undoc::sorting::sort_by_key(&mut words, |w| w.len());
//! assert_eq!(words, ["a", "d", "bb", "ccc"]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`. O(n log n) comparisons, O(n) moves.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(order, &mut |a, b| items.swap(a, b));
}

/// Sorts `items` stably by the key `key` gives each of them.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (stably, which for a total order is
/// the same as any other sort).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The indices `0..len` in the order `compare` puts the elements they
/// stand for: the only instance of std's sort.
fn sorted_indices(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves the element at `order[k]` to position `k` for every `k`, through
/// `swap` (of two positions), following each cycle of the permutation once
/// (`order[k] == k` marks a done position). Not generic, so compiled once
/// for every element type.
fn permute(mut order: Vec<usize>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let from = order[k];
            swap(k, from);
            order[k] = k;
            k = from;
        }
        order[k] = k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]);
    }

    #[test]
    fn same_result_as_std_on_every_sequence_of_five() {
        // Every sequence of five elements from 0..5, keyed so that keys tie.
        for n in 0..5usize.pow(5) {
            let items: Vec<(usize, usize)> = (0..5).map(|i| (n / 5usize.pow(i) % 5, i as usize)).collect();
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by_key(&mut ours, |x| x.0 / 2);
            theirs.sort_by_key(|x| x.0 / 2);
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn natural_order_and_comparator() {
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["apple", "pear", "fig"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
