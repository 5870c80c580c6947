"""The regeneration pipeline: fetch the published specs, repair them, generate the client.

``scripts/regen.py`` runs ``cli.main``. The stages, in the order they run (each a module;
the indented ones are parts of the stage above them):

1. ``fetch``         read the published JSON from a directory or download it into the cache
2. ``convert``       Swagger 2.0 and OpenAPI 3.1 files to OpenAPI 3.0, before any repair
     ``swagger2``        the Swagger 2.0 conversion
   ``fixes``         named repairs of upstream defects, one function each, with a report
     ``repairs``         general repairs of defect classes (type names, path parameters)
     ``fixes_analytics`` ``fixes_tracking`` ``fixes_fidelity``  the fixes of one area or kind
3. ``merge``         one OpenAPI 3.0 document for all areas, operationIds from the names table
   ``normalize``     schema forms the generator cannot model, rewritten by named rewrites
4. ``lift``          repeated inline schemas lifted into named, deduplicated components;
                     the result is the committed spec, ``src/piwik_pro/openapi.json``
5. ``generate``      openapi-python-client into ``generated/``
     ``query_styles``    the templates' table of query parameter styles
6. ``resources``     the facade's typed resource classes, ``src/piwik_pro/_resources/``
     ``methods``         what one facade method is made of (typed, for the renderer)
     ``render``          their source text
     ``endpoint_ast``    what the generated modules say, read with ``ast``
7. ``inventory``     the operation inventory, ``specs/inventory.json``
     ``drift``           the drift report against the previous regeneration
     ``contract``        what a Python caller sees of one operation
     ``rules``           the breaking-change rules
8. ``reference``     ``docs/reference.md``, every operation by its friendly name
9. ``catalog``       the analytics column catalog, ``src/piwik_pro/analytics/_generated/``

With ``--coverage``: ``coverage`` (what the generated layer covers), ``corpus`` (every
published example) and ``corpus_check`` (each example against the spec and the models).

Under every stage: ``config`` (the project's own inputs: area list, names table, paths)
and ``vocab`` (the shared vocabulary: walking documents, the ``x-`` keys, media types,
spelling). Over them: ``cli`` (the command line, and the report it prints).
"""
