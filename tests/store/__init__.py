"""Tests of peninsula.store (a package, so that test module names may repeat elsewhere)."""
