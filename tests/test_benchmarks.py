"""The accuracy gate: every figure at or above its pinned floor, inputs unchanged."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_accuracy_is_at_or_above_its_floors(shared):
    accuracy = load_accuracy()
    floors_file = ROOT / "benchmarks" / "floors.json"
    if not floors_file.exists():
        pytest.fail("benchmarks/floors.json is missing: run accuracy.py --pin --raise-floors")
    import json

    floors = json.loads(floors_file.read_text())
    results = accuracy.measure(None)
    assert accuracy.check(results, floors) == []


def test_the_gate_fails_below_a_floor():
    accuracy = load_accuracy()
    pinned = {n: accuracy.digest(p) for n, p in accuracy.INPUTS.items() if p.exists()}
    floors = {"inputs": pinned, "floors": {"seeds": {"f1": 0.9}}}
    assert accuracy.check({"seeds": {"f1": 0.5}}, floors)
    assert accuracy.check({"seeds": {"f1": 0.895}}, floors) == []


def test_the_gate_fails_on_an_input_never_pinned():
    accuracy = load_accuracy()
    problems = accuracy.check({}, {"inputs": {}, "floors": {}})
    present = [n for n, p in accuracy.INPUTS.items() if p.exists()]
    assert len(problems) == len(present) and all("not pinned" in p for p in problems)


def test_blind_sets_pool_their_counts_not_their_scores():
    accuracy = load_accuracy()
    results = {"a": {"tp": 8, "fp": 2, "fn": 0}, "b": {"tp": 0, "fp": 0, "fn": 8}}
    pooled = accuracy.pooled(results, ("a", "b"))
    assert pooled["precision"] == 0.8 and pooled["recall"] == 0.5
    assert pooled["f1"] == round(2 * 0.8 * 0.5 / 1.3, 4)
    assert accuracy.pooled(results, ("a", "missing")) is None


def test_a_selection_keeps_the_lines_of_its_rule_from_a_gzipped_corpus(tmp_path):
    import gzip

    accuracy = load_accuracy()
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        out.write("".join(f'{{"n": {n}}}\n' for n in range(10)))
    chosen = accuracy.select_lines(corpus, tmp_path / "chosen.jsonl", lambda n: n % 4 == 1)
    lines = chosen.read_text(encoding="utf-8").splitlines()
    assert lines == ['{"n": 1}', '{"n": 5}', '{"n": 9}']
