"""Tests of peninsula.fuse (a package, so that test module names may repeat elsewhere)."""
