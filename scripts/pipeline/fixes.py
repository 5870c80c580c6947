"""Stage 2: named repairs of defects in the published specs (all OpenAPI 3.0 by now).

Each fix is one function with the defect it repairs in its docstring, the files it
applies to, and a return value counting what it changed. A general fix repairs a class
of defect and runs on every file (of any release); its ``files`` record where the
current release has the defect. A fix that changes nothing on the files it names is
dead (upstream repaired the defect): the pipeline reports it and
``tests/pipeline/test_pipeline_fixes.py`` fails, so it gets removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .fixes_analytics import ANALYTICS_QUERIES, placeholder_in_enum
from .fixes_fidelity import FIDELITY
from .fixes_tracking import TRACKING, switch_enums
from .repairs import parameter_without_schema, path_parameters, python_type_names
from .vocab import BEARER, JSONAPI, MULTIPART, OCTET_STREAM, Doc, operations, walk
from .vocab import resolve_param as _param

__all__ = ["FIXES", "Fix", "repair"]


@dataclass(frozen=True, slots=True)
class Fix:
    """One repair: its name, the files it is for, and the function doing it.

    A general repair (``general=True``) repairs a class of defect wherever it occurs: it
    runs on every file, and ``files`` records where the current release has the defect
    (the test of dead fixes checks those). Any other fix runs on ``files`` only.
    """

    name: str
    files: tuple[str, ...]
    apply: Callable[[Doc], int]
    general: bool = False

    def __post_init__(self) -> None:
        if not (self.apply.__doc__ or "").strip():
            raise TypeError(
                f"fix {self.name!r}: {self.apply.__name__}() has no docstring; its first line "
                "must name the upstream defect the fix repairs"
            )

    @property
    def defect(self) -> str:
        """The upstream defect, as the first line of the fix's docstring says it."""
        return (self.apply.__doc__ or "").strip().splitlines()[0]


def required_inside_content(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def integer_default_on_string(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def undefined_security_scheme(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def missing_bearer_security(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def schema_as_response(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def media_type_typo(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, "application/vnd.api.json")


def wildcard_media_type(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, "*/*")


def _rename_media_type(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def deep_object_without_explode(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def comma_separated_array(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def closed_composition(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def upload_without_binary_format(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get(MULTIPART, {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def undocumented_stream_body(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {OCTET_STREAM: {"schema": {"type": "string", "format": "binary"}}}
            count += 1
    return count


PLATFORM = (
    "platform_access_control_authorized_api.json",
    "platform_apps_authorized_api.json",
    "platform_audit_log_authorized_api.json",
    "platform_meta_sites_authorized_api.json",
    "platform_modules_authorized_api.json",
    "platform_tracker_settings_authorized_api.json",
    "platform_users_authorized_api.json",
    "platform_user_groups_authorized_api.json",
)
OBJECT_MANAGEMENT = ("custom_reports_object_management_api.json",)

FIXES: tuple[Fix, ...] = (
    Fix(
        "python_type_names",
        ("audience_manager_public_api.json", *OBJECT_MANAGEMENT),
        python_type_names,
        general=True,
    ),
    Fix("required_inside_content", OBJECT_MANAGEMENT, required_inside_content, general=True),
    Fix("path_parameters", ("platform_users_authorized_api.json",), path_parameters, general=True),
    Fix("parameter_without_schema", (), parameter_without_schema, general=True),
    Fix(
        "integer_default_on_string",
        ("platform_user_groups_authorized_api.json",),
        integer_default_on_string,
    ),
    Fix(
        "undefined_security_scheme",
        ("platform_container_settings_authorized_api.json",),
        undefined_security_scheme,
        general=True,
    ),
    Fix(
        "missing_bearer_security",
        (
            *PLATFORM,
            "audience_manager_authorized_api.json",
            "custom_reports_http_api.json",
            *OBJECT_MANAGEMENT,
        ),
        missing_bearer_security,
    ),
    Fix(
        "schema_as_response",
        ("platform_users_authorized_api.json",),
        schema_as_response,
        general=True,
    ),
    Fix(
        "media_type_typo",
        ("platform_modules_authorized_api.json",),
        media_type_typo,
        general=True,
    ),
    Fix(
        "deep_object_without_explode",
        ("platform_audit_log_authorized_api.json",),
        deep_object_without_explode,
        general=True,
    ),
    Fix(
        "comma_separated_array", ("platform_audit_log_authorized_api.json",), comma_separated_array
    ),
    Fix(
        "upload_without_binary_format",
        ("tag_manager_authorized_api_versions.json",),
        upload_without_binary_format,
        general=True,
    ),
    Fix(
        "undocumented_stream_body",
        ("audience_manager_authorized_api.json",),
        undocumented_stream_body,
    ),
    Fix(
        "closed_composition",
        ("tag_manager_authorized_api_changelog.json",),
        closed_composition,
        general=True,
    ),
    Fix(
        "wildcard_media_type",
        (
            "platform_access_control_authorized_api.json",
            "platform_meta_sites_authorized_api.json",
            "platform_user_groups_authorized_api.json",
        ),
        wildcard_media_type,
    ),
    Fix("switch_enums", TRACKING, switch_enums, general=True),
    Fix("placeholder_in_enum", ANALYTICS_QUERIES, placeholder_in_enum, general=True),
)

# Repairs that make the client say what the service reads and parse what it sends: each
# repairs a class of contradiction between a declaration and its own documentation.
FIXES = (*FIXES, *(Fix(name, files, apply, general=True) for name, files, apply in FIDELITY))


def repair(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = fix.apply(doc)
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report
