"""What recording cassettes and replaying them share: the calls and the scrubbing.

- ``calls``  the facade call of every operation of the repaired spec, built from the spec
             alone, and where its cassette lives (``tests/cassettes/<area>/<name>.yaml``)
- ``scrub``  what is removed from recorded traffic before vcrpy writes it, and the vcrpy
             settings (request matching) that recording and replay both use

``scripts/record.py`` records with them; the cassette, wire and fidelity tests import them
from here (the test suite puts ``scripts/`` on ``sys.path``), so that nothing under
``scripts/`` imports from ``tests/``.
"""
