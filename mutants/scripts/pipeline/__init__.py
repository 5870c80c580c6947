"""The regeneration pipeline: fetch the published specs, repair them, generate the client.

Stages (each a module):

- ``config``     the project's own inputs: area list, names table, paths
- ``fetch``      read the published JSON from a directory or download it into the cache
- ``fixes``      named repairs of upstream defects, one function each (general: every file)
- ``repairs``    general repairs of defect classes (type names, path parameters)
- ``tree``       walking documents: mappings, schema nodes, operations
- ``swagger2``   Swagger 2.0 to OpenAPI 3.0 conversion
- ``merge``      one OpenAPI 3.0 document for all areas, operationIds from the names table
- ``lift``       repeated inline schemas lifted into named, deduplicated components
- ``generate``   openapi-python-client into ``generated/``, plus the facade's resource classes
- ``inventory``  the operation inventory and the drift report
"""
