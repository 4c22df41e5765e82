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
