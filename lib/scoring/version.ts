/**
 * Version of the scoring rules, stored with every ScoreResult so an older score stays explainable after the rules
 * change (a stored score is never rewritten silently; "Rescore all" makes new ones).
 *
 * Bump rule (semver on what a stored score means):
 * - major: a new or removed factor, a changed band, or a changed ScoreResult contract;
 * - minor: any threshold, weight default, benchmark row or keyword list that can change a total or a reason;
 * - patch: wording of reasons or fixes that cannot change any total (e.g. a typo in a sentence).
 * Tests pin the golden cases to this version; changing a figure without bumping fails them on purpose.
 */
export const SCORING_VERSION = '1.3.0';
// 1.3.0: policy flags skip everyday phrases ("poker face", "cocktail dress", "no fillers", "while stocks last",
//        "non-alcoholic beer"…); purchase intent read without accents and in more es/pt/fr/de wordings; "fake tan"
//        is a product, not a complaint; "Was"/"Como" no longer open a question; evergreen skips "2000 calories",
//        "natal chart", "for 24 hours", "#trendy…"; follower-tier benchmarks shown as published (4.48%); a fan
//        handle containing a brand name is not the brand's account; fractional lengths written exactly.
// 1.2.0: comment sentiment reads stretched faces (":)))", "=(((") and faces VADER lacks ("^_^", "T_T", "-_-"), and
//        superlatives VADER does not list from their base word ("coolest" as "cool"), and the Python reference's
//        special-case idioms "to die for", "beating heart", "broken heart", "bus stop".
// 1.1.0: comment sentiment never negates an emoticon or emoji ("Nope :-)"); "no worries", "no joke", "not gonna lie",
//        "no offense", "no hate"… are formulas, not negated feelings; "must have been/missed" is not praise;
//        negation and boosters stop at a comma or colon ("não gostei, veio quebrado").
// 1.0.0: first release.
