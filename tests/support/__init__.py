"""Helpers more than one test suite uses, in one place (``import support``: pytest puts
``tests/`` on ``sys.path``, as it does for ``shared_files``).

- ``fakeserver``  ``FakeServer``, a Piwik PRO account behind ``httpx.MockTransport`` (a
                  token endpoint and an API), and the client factories on it
                  (``sync_client``, ``async_client``, ``record_sleeps``)
- ``clock``       ``FakeClock``, a monotonic clock that moves only when told to
- ``files``       ``write_tree``: a dict of relative paths and texts written under a folder
- ``serving``     ``serving``: an ``http.server`` handler on a free 127.0.0.1 port, in a
                  thread (the wire, fidelity and hostile servers, the download tests' one)

What the tests share with ``scripts/`` (the call of every operation, the cassette
scrubbing) lives in ``scripts/recording``, never here: ``scripts/`` imports nothing from
``tests/``.
"""
