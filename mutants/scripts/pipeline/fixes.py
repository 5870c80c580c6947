"""Stage 2: named repairs of defects in the published specs.

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

from . import swagger2
from .fixes_fidelity import FIDELITY
from .fixes_tracking import TRACKING, switch_enums
from .repairs import parameter_without_schema, path_parameters, python_type_names
from .tree import Doc, operations, walk, walk_schemas
from .tree import resolve_param as _param

__all__ = [
    "BEARER",
    "FIXES",
    "JSONAPI",
    "Doc",
    "Fix",
    "operations",
    "repair",
    "walk",
    "walk_schemas",
]
JSONAPI = "application/vnd.api+json"
BEARER = {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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

    @property
    def defect(self) -> str:
        return (self.apply.__doc__ or "").strip().splitlines()[0]
mutants_x_swagger2_document__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_swagger2_document__mutmut)
def swagger2_document(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_orig(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_1(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get(None) != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_2(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("XXswaggerXX") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_3(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("SWAGGER") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_4(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") == "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_5(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "XX2.0XX":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_6(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 1
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_7(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = None
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_8(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = swagger2.convert(None)
    doc.clear()
    doc.update(converted)
    return 1


def x_swagger2_document__mutmut_9(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(None)
    return 1


def x_swagger2_document__mutmut_10(doc: Doc) -> int:
    """The file is still Swagger 2.0, which the generator refuses: convert it to OpenAPI 3.0.

    The conversion also drops the invalid `type` next to a body parameter's `schema` and
    moves `example` of non-body parameters to where OpenAPI 3 allows it.
    """
    if doc.get("swagger") != "2.0":
        return 0
    converted = swagger2.convert(doc)
    doc.clear()
    doc.update(converted)
    return 2

mutants_x_swagger2_document__mutmut['_mutmut_orig'] = x_swagger2_document__mutmut_orig # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_1'] = x_swagger2_document__mutmut_1 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_2'] = x_swagger2_document__mutmut_2 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_3'] = x_swagger2_document__mutmut_3 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_4'] = x_swagger2_document__mutmut_4 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_5'] = x_swagger2_document__mutmut_5 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_6'] = x_swagger2_document__mutmut_6 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_7'] = x_swagger2_document__mutmut_7 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_8'] = x_swagger2_document__mutmut_8 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_9'] = x_swagger2_document__mutmut_9 # type: ignore # mutmut generated
mutants_x_swagger2_document__mutmut['x_swagger2_document__mutmut_10'] = x_swagger2_document__mutmut_10 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_required_inside_content__mutmut)
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


def x_required_inside_content__mutmut_orig(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_1(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = None
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_2(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 1
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_3(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(None):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_4(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = None
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_5(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get(None, {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_6(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", None)
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_7(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get({})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_8(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", )
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_9(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get(None, {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_10(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", None).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_11(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get({}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_12(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", ).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_13(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("XXrequestBodyXX", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_14(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestbody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_15(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("REQUESTBODY", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_16(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("XXcontentXX", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_17(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("CONTENT", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_18(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get(None) is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_19(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("XXrequiredXX") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_20(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("REQUIRED") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_21(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is not True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_22(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is False:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_23(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["XXrequiredXX"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_24(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["REQUIRED"]
            op["requestBody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_25(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = None
            count += 1
    return count


def x_required_inside_content__mutmut_26(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["XXrequestBodyXX"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_27(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestbody"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_28(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["REQUESTBODY"]["required"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_29(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["XXrequiredXX"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_30(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["REQUIRED"] = True
            count += 1
    return count


def x_required_inside_content__mutmut_31(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = False
            count += 1
    return count


def x_required_inside_content__mutmut_32(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count = 1
    return count


def x_required_inside_content__mutmut_33(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count -= 1
    return count


def x_required_inside_content__mutmut_34(doc: Doc) -> int:
    """`required: true` indented under a request body's `content`, read as a media type."""
    count = 0
    for _, _, op, _ in operations(doc):
        content = op.get("requestBody", {}).get("content", {})
        if content.get("required") is True:
            del content["required"]
            op["requestBody"]["required"] = True
            count += 2
    return count

mutants_x_required_inside_content__mutmut['_mutmut_orig'] = x_required_inside_content__mutmut_orig # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_1'] = x_required_inside_content__mutmut_1 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_2'] = x_required_inside_content__mutmut_2 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_3'] = x_required_inside_content__mutmut_3 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_4'] = x_required_inside_content__mutmut_4 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_5'] = x_required_inside_content__mutmut_5 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_6'] = x_required_inside_content__mutmut_6 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_7'] = x_required_inside_content__mutmut_7 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_8'] = x_required_inside_content__mutmut_8 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_9'] = x_required_inside_content__mutmut_9 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_10'] = x_required_inside_content__mutmut_10 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_11'] = x_required_inside_content__mutmut_11 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_12'] = x_required_inside_content__mutmut_12 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_13'] = x_required_inside_content__mutmut_13 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_14'] = x_required_inside_content__mutmut_14 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_15'] = x_required_inside_content__mutmut_15 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_16'] = x_required_inside_content__mutmut_16 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_17'] = x_required_inside_content__mutmut_17 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_18'] = x_required_inside_content__mutmut_18 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_19'] = x_required_inside_content__mutmut_19 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_20'] = x_required_inside_content__mutmut_20 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_21'] = x_required_inside_content__mutmut_21 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_22'] = x_required_inside_content__mutmut_22 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_23'] = x_required_inside_content__mutmut_23 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_24'] = x_required_inside_content__mutmut_24 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_25'] = x_required_inside_content__mutmut_25 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_26'] = x_required_inside_content__mutmut_26 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_27'] = x_required_inside_content__mutmut_27 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_28'] = x_required_inside_content__mutmut_28 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_29'] = x_required_inside_content__mutmut_29 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_30'] = x_required_inside_content__mutmut_30 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_31'] = x_required_inside_content__mutmut_31 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_32'] = x_required_inside_content__mutmut_32 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_33'] = x_required_inside_content__mutmut_33 # type: ignore # mutmut generated
mutants_x_required_inside_content__mutmut['x_required_inside_content__mutmut_34'] = x_required_inside_content__mutmut_34 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_integer_default_on_string__mutmut)
def integer_default_on_string(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_orig(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_1(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = None
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_2(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 1
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_3(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get(None, {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_4(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", None).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_5(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get({}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_6(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", ).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_7(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get(None, {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_8(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", None).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_9(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get({}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_10(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", ).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_11(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("XXcomponentsXX", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_12(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("COMPONENTS", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_13(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("XXparametersXX", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_14(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("PARAMETERS", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_15(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = None
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_16(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get(None, {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_17(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", None)
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_18(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get({})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_19(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", )
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_20(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("XXschemaXX", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_21(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("SCHEMA", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_22(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" or isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_23(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get(None) == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_24(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("XXtypeXX") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_25(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("TYPE") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_26(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") != "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_27(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "XXstringXX" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_28(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "STRING" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_29(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = None
            count += 1
    return count


def x_integer_default_on_string__mutmut_30(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["XXtypeXX"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_31(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["TYPE"] = "integer"
            count += 1
    return count


def x_integer_default_on_string__mutmut_32(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "XXintegerXX"
            count += 1
    return count


def x_integer_default_on_string__mutmut_33(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "INTEGER"
            count += 1
    return count


def x_integer_default_on_string__mutmut_34(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count = 1
    return count


def x_integer_default_on_string__mutmut_35(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count -= 1
    return count


def x_integer_default_on_string__mutmut_36(doc: Doc) -> int:
    """`components/parameters/Limit` is `type: string` with `default: 10` (an integer)."""
    count = 0
    for param in doc.get("components", {}).get("parameters", {}).values():
        schema = param.get("schema", {})
        if schema.get("type") == "string" and isinstance(schema.get("default"), int):
            schema["type"] = "integer"
            count += 2
    return count

mutants_x_integer_default_on_string__mutmut['_mutmut_orig'] = x_integer_default_on_string__mutmut_orig # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_1'] = x_integer_default_on_string__mutmut_1 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_2'] = x_integer_default_on_string__mutmut_2 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_3'] = x_integer_default_on_string__mutmut_3 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_4'] = x_integer_default_on_string__mutmut_4 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_5'] = x_integer_default_on_string__mutmut_5 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_6'] = x_integer_default_on_string__mutmut_6 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_7'] = x_integer_default_on_string__mutmut_7 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_8'] = x_integer_default_on_string__mutmut_8 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_9'] = x_integer_default_on_string__mutmut_9 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_10'] = x_integer_default_on_string__mutmut_10 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_11'] = x_integer_default_on_string__mutmut_11 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_12'] = x_integer_default_on_string__mutmut_12 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_13'] = x_integer_default_on_string__mutmut_13 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_14'] = x_integer_default_on_string__mutmut_14 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_15'] = x_integer_default_on_string__mutmut_15 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_16'] = x_integer_default_on_string__mutmut_16 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_17'] = x_integer_default_on_string__mutmut_17 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_18'] = x_integer_default_on_string__mutmut_18 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_19'] = x_integer_default_on_string__mutmut_19 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_20'] = x_integer_default_on_string__mutmut_20 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_21'] = x_integer_default_on_string__mutmut_21 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_22'] = x_integer_default_on_string__mutmut_22 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_23'] = x_integer_default_on_string__mutmut_23 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_24'] = x_integer_default_on_string__mutmut_24 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_25'] = x_integer_default_on_string__mutmut_25 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_26'] = x_integer_default_on_string__mutmut_26 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_27'] = x_integer_default_on_string__mutmut_27 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_28'] = x_integer_default_on_string__mutmut_28 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_29'] = x_integer_default_on_string__mutmut_29 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_30'] = x_integer_default_on_string__mutmut_30 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_31'] = x_integer_default_on_string__mutmut_31 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_32'] = x_integer_default_on_string__mutmut_32 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_33'] = x_integer_default_on_string__mutmut_33 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_34'] = x_integer_default_on_string__mutmut_34 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_35'] = x_integer_default_on_string__mutmut_35 # type: ignore # mutmut generated
mutants_x_integer_default_on_string__mutmut['x_integer_default_on_string__mutmut_36'] = x_integer_default_on_string__mutmut_36 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_undefined_security_scheme__mutmut)
def undefined_security_scheme(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_orig(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_1(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = None
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_2(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault(None, {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_3(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", None)
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_4(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault({})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_5(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", )
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_6(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault(None, {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_7(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", None).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_8(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault({}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_9(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", ).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_10(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("XXcomponentsXX", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_11(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("COMPONENTS", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_12(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("XXsecuritySchemesXX", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_13(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securityschemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_14(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("SECURITYSCHEMES", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_15(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = None
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_16(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get(None, []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_17(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", None) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_18(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get([]) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_19(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", ) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_20(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("XXsecurityXX", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_21(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("SECURITY", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_22(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n in schemes]
    for name in missing:
        schemes[name] = dict(BEARER)
    return len(missing)


def x_undefined_security_scheme__mutmut_23(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = None
    return len(missing)


def x_undefined_security_scheme__mutmut_24(doc: Doc) -> int:
    """Root `security` names `BearerAuth`, but no `components.securitySchemes` defines it."""
    schemes = doc.setdefault("components", {}).setdefault("securitySchemes", {})
    missing = [n for req in doc.get("security", []) for n in req if n not in schemes]
    for name in missing:
        schemes[name] = dict(None)
    return len(missing)

mutants_x_undefined_security_scheme__mutmut['_mutmut_orig'] = x_undefined_security_scheme__mutmut_orig # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_1'] = x_undefined_security_scheme__mutmut_1 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_2'] = x_undefined_security_scheme__mutmut_2 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_3'] = x_undefined_security_scheme__mutmut_3 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_4'] = x_undefined_security_scheme__mutmut_4 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_5'] = x_undefined_security_scheme__mutmut_5 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_6'] = x_undefined_security_scheme__mutmut_6 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_7'] = x_undefined_security_scheme__mutmut_7 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_8'] = x_undefined_security_scheme__mutmut_8 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_9'] = x_undefined_security_scheme__mutmut_9 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_10'] = x_undefined_security_scheme__mutmut_10 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_11'] = x_undefined_security_scheme__mutmut_11 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_12'] = x_undefined_security_scheme__mutmut_12 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_13'] = x_undefined_security_scheme__mutmut_13 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_14'] = x_undefined_security_scheme__mutmut_14 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_15'] = x_undefined_security_scheme__mutmut_15 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_16'] = x_undefined_security_scheme__mutmut_16 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_17'] = x_undefined_security_scheme__mutmut_17 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_18'] = x_undefined_security_scheme__mutmut_18 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_19'] = x_undefined_security_scheme__mutmut_19 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_20'] = x_undefined_security_scheme__mutmut_20 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_21'] = x_undefined_security_scheme__mutmut_21 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_22'] = x_undefined_security_scheme__mutmut_22 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_23'] = x_undefined_security_scheme__mutmut_23 # type: ignore # mutmut generated
mutants_x_undefined_security_scheme__mutmut['x_undefined_security_scheme__mutmut_24'] = x_undefined_security_scheme__mutmut_24 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_missing_bearer_security__mutmut)
def missing_bearer_security(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_orig(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_1(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") and doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_2(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get(None) or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_3(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("XXsecurityXX") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_4(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("SECURITY") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_5(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get(None):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_6(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get(None, {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_7(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", None).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_8(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get({}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_9(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", ).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_10(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("XXcomponentsXX", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_11(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("COMPONENTS", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_12(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("XXsecuritySchemesXX"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_13(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securityschemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_14(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("SECURITYSCHEMES"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_15(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 1
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_16(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = None
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_17(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault(None, {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_18(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", None)["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_19(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault({})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_20(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", )["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_21(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("XXcomponentsXX", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_22(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("COMPONENTS", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_23(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["XXsecuritySchemesXX"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_24(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securityschemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_25(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["SECURITYSCHEMES"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_26(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"XXBearerAuthXX": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_27(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"bearerauth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_28(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BEARERAUTH": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_29(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(None)}
    doc["security"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_30(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = None
    return 1


def x_missing_bearer_security__mutmut_31(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["XXsecurityXX"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_32(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["SECURITY"] = [{"BearerAuth": []}]
    return 1


def x_missing_bearer_security__mutmut_33(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"XXBearerAuthXX": []}]
    return 1


def x_missing_bearer_security__mutmut_34(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"bearerauth": []}]
    return 1


def x_missing_bearer_security__mutmut_35(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BEARERAUTH": []}]
    return 1


def x_missing_bearer_security__mutmut_36(doc: Doc) -> int:
    """The API needs a bearer token, but the file declares no security at all."""
    if doc.get("security") or doc.get("components", {}).get("securitySchemes"):
        return 0
    doc.setdefault("components", {})["securitySchemes"] = {"BearerAuth": dict(BEARER)}
    doc["security"] = [{"BearerAuth": []}]
    return 2

mutants_x_missing_bearer_security__mutmut['_mutmut_orig'] = x_missing_bearer_security__mutmut_orig # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_1'] = x_missing_bearer_security__mutmut_1 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_2'] = x_missing_bearer_security__mutmut_2 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_3'] = x_missing_bearer_security__mutmut_3 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_4'] = x_missing_bearer_security__mutmut_4 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_5'] = x_missing_bearer_security__mutmut_5 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_6'] = x_missing_bearer_security__mutmut_6 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_7'] = x_missing_bearer_security__mutmut_7 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_8'] = x_missing_bearer_security__mutmut_8 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_9'] = x_missing_bearer_security__mutmut_9 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_10'] = x_missing_bearer_security__mutmut_10 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_11'] = x_missing_bearer_security__mutmut_11 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_12'] = x_missing_bearer_security__mutmut_12 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_13'] = x_missing_bearer_security__mutmut_13 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_14'] = x_missing_bearer_security__mutmut_14 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_15'] = x_missing_bearer_security__mutmut_15 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_16'] = x_missing_bearer_security__mutmut_16 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_17'] = x_missing_bearer_security__mutmut_17 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_18'] = x_missing_bearer_security__mutmut_18 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_19'] = x_missing_bearer_security__mutmut_19 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_20'] = x_missing_bearer_security__mutmut_20 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_21'] = x_missing_bearer_security__mutmut_21 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_22'] = x_missing_bearer_security__mutmut_22 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_23'] = x_missing_bearer_security__mutmut_23 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_24'] = x_missing_bearer_security__mutmut_24 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_25'] = x_missing_bearer_security__mutmut_25 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_26'] = x_missing_bearer_security__mutmut_26 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_27'] = x_missing_bearer_security__mutmut_27 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_28'] = x_missing_bearer_security__mutmut_28 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_29'] = x_missing_bearer_security__mutmut_29 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_30'] = x_missing_bearer_security__mutmut_30 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_31'] = x_missing_bearer_security__mutmut_31 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_32'] = x_missing_bearer_security__mutmut_32 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_33'] = x_missing_bearer_security__mutmut_33 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_34'] = x_missing_bearer_security__mutmut_34 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_35'] = x_missing_bearer_security__mutmut_35 # type: ignore # mutmut generated
mutants_x_missing_bearer_security__mutmut['x_missing_bearer_security__mutmut_36'] = x_missing_bearer_security__mutmut_36 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_schema_as_response__mutmut)
def schema_as_response(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_orig(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_1(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = None
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_2(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 1
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_3(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(None):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_4(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get(None, {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_5(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", None).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_6(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get({}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_7(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", ).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_8(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("XXresponsesXX", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_9(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("RESPONSES", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_10(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith(None):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_11(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get(None, "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_12(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", None).startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_13(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_14(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", ).startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_15(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("XX$refXX", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_16(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$REF", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_17(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "XXXX").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_18(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("XX#/components/schemas/XX"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_19(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/COMPONENTS/SCHEMAS/"):
                op["responses"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_20(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = None
                count += 1
    return count


def x_schema_as_response__mutmut_21(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["XXresponsesXX"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_22(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["RESPONSES"][code] = {"description": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_23(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"XXdescriptionXX": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_24(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"DESCRIPTION": "No Content"}
                count += 1
    return count


def x_schema_as_response__mutmut_25(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "XXNo ContentXX"}
                count += 1
    return count


def x_schema_as_response__mutmut_26(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "no content"}
                count += 1
    return count


def x_schema_as_response__mutmut_27(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "NO CONTENT"}
                count += 1
    return count


def x_schema_as_response__mutmut_28(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count = 1
    return count


def x_schema_as_response__mutmut_29(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count -= 1
    return count


def x_schema_as_response__mutmut_30(doc: Doc) -> int:
    """A `204` response is `$ref: '#/components/schemas/No_Content'`: a schema, not a Response."""
    count = 0
    for _, _, op, _ in operations(doc):
        for code, resp in op.get("responses", {}).items():
            if resp.get("$ref", "").startswith("#/components/schemas/"):
                op["responses"][code] = {"description": "No Content"}
                count += 2
    return count

mutants_x_schema_as_response__mutmut['_mutmut_orig'] = x_schema_as_response__mutmut_orig # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_1'] = x_schema_as_response__mutmut_1 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_2'] = x_schema_as_response__mutmut_2 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_3'] = x_schema_as_response__mutmut_3 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_4'] = x_schema_as_response__mutmut_4 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_5'] = x_schema_as_response__mutmut_5 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_6'] = x_schema_as_response__mutmut_6 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_7'] = x_schema_as_response__mutmut_7 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_8'] = x_schema_as_response__mutmut_8 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_9'] = x_schema_as_response__mutmut_9 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_10'] = x_schema_as_response__mutmut_10 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_11'] = x_schema_as_response__mutmut_11 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_12'] = x_schema_as_response__mutmut_12 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_13'] = x_schema_as_response__mutmut_13 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_14'] = x_schema_as_response__mutmut_14 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_15'] = x_schema_as_response__mutmut_15 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_16'] = x_schema_as_response__mutmut_16 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_17'] = x_schema_as_response__mutmut_17 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_18'] = x_schema_as_response__mutmut_18 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_19'] = x_schema_as_response__mutmut_19 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_20'] = x_schema_as_response__mutmut_20 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_21'] = x_schema_as_response__mutmut_21 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_22'] = x_schema_as_response__mutmut_22 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_23'] = x_schema_as_response__mutmut_23 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_24'] = x_schema_as_response__mutmut_24 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_25'] = x_schema_as_response__mutmut_25 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_26'] = x_schema_as_response__mutmut_26 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_27'] = x_schema_as_response__mutmut_27 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_28'] = x_schema_as_response__mutmut_28 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_29'] = x_schema_as_response__mutmut_29 # type: ignore # mutmut generated
mutants_x_schema_as_response__mutmut['x_schema_as_response__mutmut_30'] = x_schema_as_response__mutmut_30 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_media_type_typo__mutmut)
def media_type_typo(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, "application/vnd.api.json")


def x_media_type_typo__mutmut_orig(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, "application/vnd.api.json")


def x_media_type_typo__mutmut_1(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(None, "application/vnd.api.json")


def x_media_type_typo__mutmut_2(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, None)


def x_media_type_typo__mutmut_3(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type("application/vnd.api.json")


def x_media_type_typo__mutmut_4(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, )


def x_media_type_typo__mutmut_5(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, "XXapplication/vnd.api.jsonXX")


def x_media_type_typo__mutmut_6(doc: Doc) -> int:
    """Media type typo `application/vnd.api.json` (ConflictUserError, ConflictModulesAccess...)."""
    return _rename_media_type(doc, "APPLICATION/VND.API.JSON")

mutants_x_media_type_typo__mutmut['_mutmut_orig'] = x_media_type_typo__mutmut_orig # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_1'] = x_media_type_typo__mutmut_1 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_2'] = x_media_type_typo__mutmut_2 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_3'] = x_media_type_typo__mutmut_3 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_4'] = x_media_type_typo__mutmut_4 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_5'] = x_media_type_typo__mutmut_5 # type: ignore # mutmut generated
mutants_x_media_type_typo__mutmut['x_media_type_typo__mutmut_6'] = x_media_type_typo__mutmut_6 # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wildcard_media_type__mutmut)
def wildcard_media_type(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, "*/*")


def x_wildcard_media_type__mutmut_orig(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, "*/*")


def x_wildcard_media_type__mutmut_1(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(None, "*/*")


def x_wildcard_media_type__mutmut_2(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, None)


def x_wildcard_media_type__mutmut_3(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type("*/*")


def x_wildcard_media_type__mutmut_4(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, )


def x_wildcard_media_type__mutmut_5(doc: Doc) -> int:
    """Responses declared as `*/*` although the service answers JSON:API."""
    return _rename_media_type(doc, "XX*/*XX")

mutants_x_wildcard_media_type__mutmut['_mutmut_orig'] = x_wildcard_media_type__mutmut_orig # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut['x_wildcard_media_type__mutmut_1'] = x_wildcard_media_type__mutmut_1 # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut['x_wildcard_media_type__mutmut_2'] = x_wildcard_media_type__mutmut_2 # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut['x_wildcard_media_type__mutmut_3'] = x_wildcard_media_type__mutmut_3 # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut['x_wildcard_media_type__mutmut_4'] = x_wildcard_media_type__mutmut_4 # type: ignore # mutmut generated
mutants_x_wildcard_media_type__mutmut['x_wildcard_media_type__mutmut_5'] = x_wildcard_media_type__mutmut_5 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__rename_media_type__mutmut)
def _rename_media_type(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_orig(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_1(doc: Doc, wrong: str) -> int:
    count = None
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_2(doc: Doc, wrong: str) -> int:
    count = 1
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_3(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(None):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_4(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = None
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_5(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get(None)
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_6(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("XXcontentXX")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_7(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("CONTENT")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_8(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) or wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_9(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong not in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_10(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = None
            count += 1
    return count


def x__rename_media_type__mutmut_11(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["XXcontentXX"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_12(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["CONTENT"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_13(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if (k == wrong) and False else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_14(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if (k == wrong) or True else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_15(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k != wrong else k): v for k, v in content.items()}
            count += 1
    return count


def x__rename_media_type__mutmut_16(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count = 1
    return count


def x__rename_media_type__mutmut_17(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count -= 1
    return count


def x__rename_media_type__mutmut_18(doc: Doc, wrong: str) -> int:
    count = 0
    for node in walk(doc):
        content = node.get("content")
        if isinstance(content, dict) and wrong in content:
            node["content"] = {(JSONAPI if k == wrong else k): v for k, v in content.items()}
            count += 2
    return count

mutants_x__rename_media_type__mutmut['_mutmut_orig'] = x__rename_media_type__mutmut_orig # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_1'] = x__rename_media_type__mutmut_1 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_2'] = x__rename_media_type__mutmut_2 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_3'] = x__rename_media_type__mutmut_3 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_4'] = x__rename_media_type__mutmut_4 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_5'] = x__rename_media_type__mutmut_5 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_6'] = x__rename_media_type__mutmut_6 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_7'] = x__rename_media_type__mutmut_7 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_8'] = x__rename_media_type__mutmut_8 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_9'] = x__rename_media_type__mutmut_9 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_10'] = x__rename_media_type__mutmut_10 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_11'] = x__rename_media_type__mutmut_11 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_12'] = x__rename_media_type__mutmut_12 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_13'] = x__rename_media_type__mutmut_13 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_14'] = x__rename_media_type__mutmut_14 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_15'] = x__rename_media_type__mutmut_15 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_16'] = x__rename_media_type__mutmut_16 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_17'] = x__rename_media_type__mutmut_17 # type: ignore # mutmut generated
mutants_x__rename_media_type__mutmut['x__rename_media_type__mutmut_18'] = x__rename_media_type__mutmut_18 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_deep_object_without_explode__mutmut)
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


def x_deep_object_without_explode__mutmut_orig(doc: Doc) -> int:
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


def x_deep_object_without_explode__mutmut_1(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = None
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_2(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 1
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_3(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(None):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_4(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get(None, []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_5(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", None):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_6(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get([]):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_7(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", ):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_8(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("XXparametersXX", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_9(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("PARAMETERS", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_10(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = None
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_11(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(None, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_12(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, None)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_13(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_14(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, )
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_15(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" or param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_16(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get(None) == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_17(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("XXstyleXX") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_18(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("STYLE") == "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_19(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") != "deepObject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_20(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "XXdeepObjectXX" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_21(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepobject" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_22(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "DEEPOBJECT" and param.get("explode") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_23(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get(None) is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_24(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("XXexplodeXX") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_25(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("EXPLODE") is not True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_26(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is True:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_27(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not False:
                param["explode"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_28(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = None
                count += 1
    return count


def x_deep_object_without_explode__mutmut_29(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["XXexplodeXX"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_30(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["EXPLODE"] = True
                count += 1
    return count


def x_deep_object_without_explode__mutmut_31(doc: Doc) -> int:
    """A `deepObject` query parameter without `explode: true` (audit log `filter`).

    Only the exploded form (`filter[type]=...`) is defined for deepObject; validators
    reject every request otherwise.
    """
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            param = _param(doc, param)
            if param.get("style") == "deepObject" and param.get("explode") is not True:
                param["explode"] = False
                count += 1
    return count


def x_deep_object_without_explode__mutmut_32(doc: Doc) -> int:
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
                count = 1
    return count


def x_deep_object_without_explode__mutmut_33(doc: Doc) -> int:
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
                count -= 1
    return count


def x_deep_object_without_explode__mutmut_34(doc: Doc) -> int:
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
                count += 2
    return count

mutants_x_deep_object_without_explode__mutmut['_mutmut_orig'] = x_deep_object_without_explode__mutmut_orig # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_1'] = x_deep_object_without_explode__mutmut_1 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_2'] = x_deep_object_without_explode__mutmut_2 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_3'] = x_deep_object_without_explode__mutmut_3 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_4'] = x_deep_object_without_explode__mutmut_4 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_5'] = x_deep_object_without_explode__mutmut_5 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_6'] = x_deep_object_without_explode__mutmut_6 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_7'] = x_deep_object_without_explode__mutmut_7 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_8'] = x_deep_object_without_explode__mutmut_8 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_9'] = x_deep_object_without_explode__mutmut_9 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_10'] = x_deep_object_without_explode__mutmut_10 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_11'] = x_deep_object_without_explode__mutmut_11 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_12'] = x_deep_object_without_explode__mutmut_12 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_13'] = x_deep_object_without_explode__mutmut_13 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_14'] = x_deep_object_without_explode__mutmut_14 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_15'] = x_deep_object_without_explode__mutmut_15 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_16'] = x_deep_object_without_explode__mutmut_16 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_17'] = x_deep_object_without_explode__mutmut_17 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_18'] = x_deep_object_without_explode__mutmut_18 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_19'] = x_deep_object_without_explode__mutmut_19 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_20'] = x_deep_object_without_explode__mutmut_20 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_21'] = x_deep_object_without_explode__mutmut_21 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_22'] = x_deep_object_without_explode__mutmut_22 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_23'] = x_deep_object_without_explode__mutmut_23 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_24'] = x_deep_object_without_explode__mutmut_24 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_25'] = x_deep_object_without_explode__mutmut_25 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_26'] = x_deep_object_without_explode__mutmut_26 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_27'] = x_deep_object_without_explode__mutmut_27 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_28'] = x_deep_object_without_explode__mutmut_28 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_29'] = x_deep_object_without_explode__mutmut_29 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_30'] = x_deep_object_without_explode__mutmut_30 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_31'] = x_deep_object_without_explode__mutmut_31 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_32'] = x_deep_object_without_explode__mutmut_32 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_33'] = x_deep_object_without_explode__mutmut_33 # type: ignore # mutmut generated
mutants_x_deep_object_without_explode__mutmut['x_deep_object_without_explode__mutmut_34'] = x_deep_object_without_explode__mutmut_34 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_comma_separated_array__mutmut)
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


def x_comma_separated_array__mutmut_orig(doc: Doc) -> int:
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


def x_comma_separated_array__mutmut_1(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = None
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


def x_comma_separated_array__mutmut_2(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 1
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


def x_comma_separated_array__mutmut_3(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(None):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_4(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get(None, []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_5(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", None):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_6(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get([]):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_7(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", ):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_8(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("XXparametersXX", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_9(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("PARAMETERS", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_10(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = None
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_11(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get(None, {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_12(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", None)
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_13(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get({})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_14(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", )
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_15(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get(None, {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_16(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", None).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_17(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get({}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_18(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", ).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_19(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(None, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_20(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, None).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_21(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_22(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, ).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_23(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("XXschemaXX", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_24(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("SCHEMA", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_25(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("XXpropertiesXX", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_26(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("PROPERTIES", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_27(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = None
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_28(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(None)
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_29(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get(None, ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_30(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", None))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_31(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get(""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_32(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_33(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("XXdescriptionXX", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_34(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("DESCRIPTION", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_35(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", "XXXX"))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_36(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" or "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_37(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get(None) == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_38(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("XXtypeXX") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_39(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("TYPE") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_40(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") != "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_41(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "XXarrayXX" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_42(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "ARRAY" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_43(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "XXcomma separatedXX" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_44(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "COMMA SEPARATED" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_45(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" not in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_46(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.upper():
                    schema.clear()
                    schema.update({"type": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_47(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update(None)
                    count += 1
    return count


def x_comma_separated_array__mutmut_48(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"XXtypeXX": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_49(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"TYPE": "string", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_50(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "XXstringXX", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_51(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "STRING", "description": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_52(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "XXdescriptionXX": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_53(doc: Doc) -> int:
    """Members of a deepObject filter typed `array` but documented as comma-separated text."""
    count = 0
    for _, _, op, _ in operations(doc):
        for param in op.get("parameters", []):
            props = _param(doc, param).get("schema", {}).get("properties", {})
            for schema in props.values():
                text = str(schema.get("description", ""))
                if schema.get("type") == "array" and "comma separated" in text.lower():
                    schema.clear()
                    schema.update({"type": "string", "DESCRIPTION": text})
                    count += 1
    return count


def x_comma_separated_array__mutmut_54(doc: Doc) -> int:
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
                    count = 1
    return count


def x_comma_separated_array__mutmut_55(doc: Doc) -> int:
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
                    count -= 1
    return count


def x_comma_separated_array__mutmut_56(doc: Doc) -> int:
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
                    count += 2
    return count

mutants_x_comma_separated_array__mutmut['_mutmut_orig'] = x_comma_separated_array__mutmut_orig # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_1'] = x_comma_separated_array__mutmut_1 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_2'] = x_comma_separated_array__mutmut_2 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_3'] = x_comma_separated_array__mutmut_3 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_4'] = x_comma_separated_array__mutmut_4 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_5'] = x_comma_separated_array__mutmut_5 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_6'] = x_comma_separated_array__mutmut_6 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_7'] = x_comma_separated_array__mutmut_7 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_8'] = x_comma_separated_array__mutmut_8 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_9'] = x_comma_separated_array__mutmut_9 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_10'] = x_comma_separated_array__mutmut_10 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_11'] = x_comma_separated_array__mutmut_11 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_12'] = x_comma_separated_array__mutmut_12 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_13'] = x_comma_separated_array__mutmut_13 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_14'] = x_comma_separated_array__mutmut_14 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_15'] = x_comma_separated_array__mutmut_15 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_16'] = x_comma_separated_array__mutmut_16 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_17'] = x_comma_separated_array__mutmut_17 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_18'] = x_comma_separated_array__mutmut_18 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_19'] = x_comma_separated_array__mutmut_19 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_20'] = x_comma_separated_array__mutmut_20 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_21'] = x_comma_separated_array__mutmut_21 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_22'] = x_comma_separated_array__mutmut_22 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_23'] = x_comma_separated_array__mutmut_23 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_24'] = x_comma_separated_array__mutmut_24 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_25'] = x_comma_separated_array__mutmut_25 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_26'] = x_comma_separated_array__mutmut_26 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_27'] = x_comma_separated_array__mutmut_27 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_28'] = x_comma_separated_array__mutmut_28 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_29'] = x_comma_separated_array__mutmut_29 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_30'] = x_comma_separated_array__mutmut_30 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_31'] = x_comma_separated_array__mutmut_31 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_32'] = x_comma_separated_array__mutmut_32 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_33'] = x_comma_separated_array__mutmut_33 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_34'] = x_comma_separated_array__mutmut_34 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_35'] = x_comma_separated_array__mutmut_35 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_36'] = x_comma_separated_array__mutmut_36 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_37'] = x_comma_separated_array__mutmut_37 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_38'] = x_comma_separated_array__mutmut_38 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_39'] = x_comma_separated_array__mutmut_39 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_40'] = x_comma_separated_array__mutmut_40 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_41'] = x_comma_separated_array__mutmut_41 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_42'] = x_comma_separated_array__mutmut_42 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_43'] = x_comma_separated_array__mutmut_43 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_44'] = x_comma_separated_array__mutmut_44 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_45'] = x_comma_separated_array__mutmut_45 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_46'] = x_comma_separated_array__mutmut_46 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_47'] = x_comma_separated_array__mutmut_47 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_48'] = x_comma_separated_array__mutmut_48 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_49'] = x_comma_separated_array__mutmut_49 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_50'] = x_comma_separated_array__mutmut_50 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_51'] = x_comma_separated_array__mutmut_51 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_52'] = x_comma_separated_array__mutmut_52 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_53'] = x_comma_separated_array__mutmut_53 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_54'] = x_comma_separated_array__mutmut_54 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_55'] = x_comma_separated_array__mutmut_55 # type: ignore # mutmut generated
mutants_x_comma_separated_array__mutmut['x_comma_separated_array__mutmut_56'] = x_comma_separated_array__mutmut_56 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_closed_composition__mutmut)
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


def x_closed_composition__mutmut_orig(doc: Doc) -> int:
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


def x_closed_composition__mutmut_1(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = None
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_2(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 1
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_3(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(None):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_4(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = None
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_5(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(None)
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_6(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k not in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_7(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("XXoneOfXX", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_8(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneof", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_9(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("ONEOF", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_10(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "XXanyOfXX", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_11(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyof", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_12(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "ANYOF", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_13(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "XXallOfXX"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_14(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allof"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_15(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "ALLOF"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_16(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed or "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_17(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False or composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_18(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get(None) is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_19(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("XXadditionalPropertiesXX") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_20(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalproperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_21(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("ADDITIONALPROPERTIES") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_22(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is not False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_23(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is True and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_24(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "XXpropertiesXX" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_25(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "PROPERTIES" not in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_26(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" in node:
            del node["additionalProperties"]
            count += 1
    return count


def x_closed_composition__mutmut_27(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["XXadditionalPropertiesXX"]
            count += 1
    return count


def x_closed_composition__mutmut_28(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalproperties"]
            count += 1
    return count


def x_closed_composition__mutmut_29(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["ADDITIONALPROPERTIES"]
            count += 1
    return count


def x_closed_composition__mutmut_30(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count = 1
    return count


def x_closed_composition__mutmut_31(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count -= 1
    return count


def x_closed_composition__mutmut_32(doc: Doc) -> int:
    """`additionalProperties: false` beside a `oneOf` that declares no `properties`.

    No object can be valid (every property is "additional"); the changelog attributes
    are meant to be one of the listed shapes.
    """
    count = 0
    for node in walk(doc):
        composed = any(k in node for k in ("oneOf", "anyOf", "allOf"))
        if node.get("additionalProperties") is False and composed and "properties" not in node:
            del node["additionalProperties"]
            count += 2
    return count

mutants_x_closed_composition__mutmut['_mutmut_orig'] = x_closed_composition__mutmut_orig # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_1'] = x_closed_composition__mutmut_1 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_2'] = x_closed_composition__mutmut_2 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_3'] = x_closed_composition__mutmut_3 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_4'] = x_closed_composition__mutmut_4 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_5'] = x_closed_composition__mutmut_5 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_6'] = x_closed_composition__mutmut_6 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_7'] = x_closed_composition__mutmut_7 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_8'] = x_closed_composition__mutmut_8 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_9'] = x_closed_composition__mutmut_9 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_10'] = x_closed_composition__mutmut_10 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_11'] = x_closed_composition__mutmut_11 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_12'] = x_closed_composition__mutmut_12 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_13'] = x_closed_composition__mutmut_13 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_14'] = x_closed_composition__mutmut_14 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_15'] = x_closed_composition__mutmut_15 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_16'] = x_closed_composition__mutmut_16 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_17'] = x_closed_composition__mutmut_17 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_18'] = x_closed_composition__mutmut_18 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_19'] = x_closed_composition__mutmut_19 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_20'] = x_closed_composition__mutmut_20 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_21'] = x_closed_composition__mutmut_21 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_22'] = x_closed_composition__mutmut_22 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_23'] = x_closed_composition__mutmut_23 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_24'] = x_closed_composition__mutmut_24 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_25'] = x_closed_composition__mutmut_25 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_26'] = x_closed_composition__mutmut_26 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_27'] = x_closed_composition__mutmut_27 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_28'] = x_closed_composition__mutmut_28 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_29'] = x_closed_composition__mutmut_29 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_30'] = x_closed_composition__mutmut_30 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_31'] = x_closed_composition__mutmut_31 # type: ignore # mutmut generated
mutants_x_closed_composition__mutmut['x_closed_composition__mutmut_32'] = x_closed_composition__mutmut_32 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_upload_without_binary_format__mutmut)
def upload_without_binary_format(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_orig(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_1(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = None
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_2(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 1
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_3(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(None):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_4(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = None
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_5(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get(None, {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_6(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", None)
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_7(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get({})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_8(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", )
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_9(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get(None, {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_10(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", None).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_11(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get({}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_12(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", ).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_13(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get(None, {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_14(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", None).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_15(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get({}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_16(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", ).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_17(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("XXrequestBodyXX", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_18(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestbody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_19(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("REQUESTBODY", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_20(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("XXcontentXX", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_21(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("CONTENT", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_22(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("XXmultipart/form-dataXX", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_23(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("MULTIPART/FORM-DATA", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_24(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get(None, {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_25(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", None).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_26(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get({}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_27(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", ).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_28(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get(None, {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_29(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", None).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_30(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get({}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_31(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", ).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_32(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("XXschemaXX", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_33(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("SCHEMA", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_34(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("XXpropertiesXX", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_35(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("PROPERTIES", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_36(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" or "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_37(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get(None) == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_38(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("XXtypeXX") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_39(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("TYPE") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_40(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") != "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_41(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "XXstringXX" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_42(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "STRING" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_43(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "XX/XX" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_44(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" not in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_45(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(None):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_46(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get(None, "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_47(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", None)):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_48(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_49(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", )):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_50(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("XXformatXX", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_51(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("FORMAT", "")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_52(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "XXXX")):
                schema["format"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_53(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = None
                count += 1
    return count


def x_upload_without_binary_format__mutmut_54(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["XXformatXX"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_55(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["FORMAT"] = "binary"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_56(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "XXbinaryXX"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_57(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "BINARY"
                count += 1
    return count


def x_upload_without_binary_format__mutmut_58(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count = 1
    return count


def x_upload_without_binary_format__mutmut_59(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count -= 1
    return count


def x_upload_without_binary_format__mutmut_60(doc: Doc) -> int:
    """A multipart file field declared `format: application/json` (a media type, not a
    format): the generator then sends it as a text field without a filename, where the
    service expects the uploaded file (Tag Manager `versions/import-file`)."""
    count = 0
    for _, _, op, _ in operations(doc):
        media = op.get("requestBody", {}).get("content", {}).get("multipart/form-data", {})
        for schema in media.get("schema", {}).get("properties", {}).values():
            if schema.get("type") == "string" and "/" in str(schema.get("format", "")):
                schema["format"] = "binary"
                count += 2
    return count

mutants_x_upload_without_binary_format__mutmut['_mutmut_orig'] = x_upload_without_binary_format__mutmut_orig # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_1'] = x_upload_without_binary_format__mutmut_1 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_2'] = x_upload_without_binary_format__mutmut_2 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_3'] = x_upload_without_binary_format__mutmut_3 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_4'] = x_upload_without_binary_format__mutmut_4 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_5'] = x_upload_without_binary_format__mutmut_5 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_6'] = x_upload_without_binary_format__mutmut_6 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_7'] = x_upload_without_binary_format__mutmut_7 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_8'] = x_upload_without_binary_format__mutmut_8 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_9'] = x_upload_without_binary_format__mutmut_9 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_10'] = x_upload_without_binary_format__mutmut_10 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_11'] = x_upload_without_binary_format__mutmut_11 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_12'] = x_upload_without_binary_format__mutmut_12 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_13'] = x_upload_without_binary_format__mutmut_13 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_14'] = x_upload_without_binary_format__mutmut_14 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_15'] = x_upload_without_binary_format__mutmut_15 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_16'] = x_upload_without_binary_format__mutmut_16 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_17'] = x_upload_without_binary_format__mutmut_17 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_18'] = x_upload_without_binary_format__mutmut_18 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_19'] = x_upload_without_binary_format__mutmut_19 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_20'] = x_upload_without_binary_format__mutmut_20 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_21'] = x_upload_without_binary_format__mutmut_21 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_22'] = x_upload_without_binary_format__mutmut_22 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_23'] = x_upload_without_binary_format__mutmut_23 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_24'] = x_upload_without_binary_format__mutmut_24 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_25'] = x_upload_without_binary_format__mutmut_25 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_26'] = x_upload_without_binary_format__mutmut_26 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_27'] = x_upload_without_binary_format__mutmut_27 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_28'] = x_upload_without_binary_format__mutmut_28 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_29'] = x_upload_without_binary_format__mutmut_29 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_30'] = x_upload_without_binary_format__mutmut_30 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_31'] = x_upload_without_binary_format__mutmut_31 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_32'] = x_upload_without_binary_format__mutmut_32 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_33'] = x_upload_without_binary_format__mutmut_33 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_34'] = x_upload_without_binary_format__mutmut_34 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_35'] = x_upload_without_binary_format__mutmut_35 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_36'] = x_upload_without_binary_format__mutmut_36 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_37'] = x_upload_without_binary_format__mutmut_37 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_38'] = x_upload_without_binary_format__mutmut_38 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_39'] = x_upload_without_binary_format__mutmut_39 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_40'] = x_upload_without_binary_format__mutmut_40 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_41'] = x_upload_without_binary_format__mutmut_41 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_42'] = x_upload_without_binary_format__mutmut_42 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_43'] = x_upload_without_binary_format__mutmut_43 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_44'] = x_upload_without_binary_format__mutmut_44 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_45'] = x_upload_without_binary_format__mutmut_45 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_46'] = x_upload_without_binary_format__mutmut_46 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_47'] = x_upload_without_binary_format__mutmut_47 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_48'] = x_upload_without_binary_format__mutmut_48 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_49'] = x_upload_without_binary_format__mutmut_49 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_50'] = x_upload_without_binary_format__mutmut_50 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_51'] = x_upload_without_binary_format__mutmut_51 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_52'] = x_upload_without_binary_format__mutmut_52 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_53'] = x_upload_without_binary_format__mutmut_53 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_54'] = x_upload_without_binary_format__mutmut_54 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_55'] = x_upload_without_binary_format__mutmut_55 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_56'] = x_upload_without_binary_format__mutmut_56 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_57'] = x_upload_without_binary_format__mutmut_57 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_58'] = x_upload_without_binary_format__mutmut_58 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_59'] = x_upload_without_binary_format__mutmut_59 # type: ignore # mutmut generated
mutants_x_upload_without_binary_format__mutmut['x_upload_without_binary_format__mutmut_60'] = x_upload_without_binary_format__mutmut_60 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_undocumented_stream_body__mutmut)
def undocumented_stream_body(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_orig(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_1(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = None
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_2(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 1
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_3(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(None):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_4(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = None
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_5(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get(None, {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_6(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", None)
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_7(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get({})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_8(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", )
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_9(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get(None, {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_10(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", None).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_11(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get({}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_12(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", ).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_13(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("XXresponsesXX", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_14(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("RESPONSES", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_15(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("XX200XX", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_16(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok or "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_17(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" or ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_18(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") or method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_19(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith(None) and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_20(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("XX/profiles/XX") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_21(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/PROFILES/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_22(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method != "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_23(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "XXpostXX" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_24(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "POST" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_25(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "XXcontentXX" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_26(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "CONTENT" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_27(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_28(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = None
            count += 1
    return count


def x_undocumented_stream_body__mutmut_29(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["XXcontentXX"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_30(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["CONTENT"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_31(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "XXapplication/octet-streamXX": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_32(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "APPLICATION/OCTET-STREAM": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_33(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"XXschemaXX": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_34(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"SCHEMA": {"type": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_35(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"XXtypeXX": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_36(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"TYPE": "string", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_37(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "XXstringXX", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_38(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "STRING", "format": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_39(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "XXformatXX": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_40(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "FORMAT": "binary"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_41(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "XXbinaryXX"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_42(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "BINARY"}}
            }
            count += 1
    return count


def x_undocumented_stream_body__mutmut_43(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count = 1
    return count


def x_undocumented_stream_body__mutmut_44(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count -= 1
    return count


def x_undocumented_stream_body__mutmut_45(doc: Doc) -> int:
    """`POST /api/audiences/v1/profiles/` streams the exported profiles (CSV or JSON, as
    asked), but its `200` response documents no content, so clients would drop the file."""
    count = 0
    for path, method, op, _ in operations(doc):
        ok = op.get("responses", {}).get("200", {})
        if path.endswith("/profiles/") and method == "post" and ok and "content" not in ok:
            ok["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
            count += 2
    return count

mutants_x_undocumented_stream_body__mutmut['_mutmut_orig'] = x_undocumented_stream_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_1'] = x_undocumented_stream_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_2'] = x_undocumented_stream_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_3'] = x_undocumented_stream_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_4'] = x_undocumented_stream_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_5'] = x_undocumented_stream_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_6'] = x_undocumented_stream_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_7'] = x_undocumented_stream_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_8'] = x_undocumented_stream_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_9'] = x_undocumented_stream_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_10'] = x_undocumented_stream_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_11'] = x_undocumented_stream_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_12'] = x_undocumented_stream_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_13'] = x_undocumented_stream_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_14'] = x_undocumented_stream_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_15'] = x_undocumented_stream_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_16'] = x_undocumented_stream_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_17'] = x_undocumented_stream_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_18'] = x_undocumented_stream_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_19'] = x_undocumented_stream_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_20'] = x_undocumented_stream_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_21'] = x_undocumented_stream_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_22'] = x_undocumented_stream_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_23'] = x_undocumented_stream_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_24'] = x_undocumented_stream_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_25'] = x_undocumented_stream_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_26'] = x_undocumented_stream_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_27'] = x_undocumented_stream_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_28'] = x_undocumented_stream_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_29'] = x_undocumented_stream_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_30'] = x_undocumented_stream_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_31'] = x_undocumented_stream_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_32'] = x_undocumented_stream_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_33'] = x_undocumented_stream_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_34'] = x_undocumented_stream_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_35'] = x_undocumented_stream_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_36'] = x_undocumented_stream_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_37'] = x_undocumented_stream_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_38'] = x_undocumented_stream_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_39'] = x_undocumented_stream_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_40'] = x_undocumented_stream_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_41'] = x_undocumented_stream_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_42'] = x_undocumented_stream_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_43'] = x_undocumented_stream_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_44'] = x_undocumented_stream_body__mutmut_44 # type: ignore # mutmut generated
mutants_x_undocumented_stream_body__mutmut['x_undocumented_stream_body__mutmut_45'] = x_undocumented_stream_body__mutmut_45 # type: ignore # mutmut generated


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
AUDIENCE_MANAGER = ("audience_manager_authorized_api.json", "audience_manager_public_api.json")
OBJECT_MANAGEMENT = ("custom_reports_object_management_api.json",)

FIXES: tuple[Fix, ...] = (
    Fix("swagger2_document", AUDIENCE_MANAGER, swagger2_document, general=True),
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
)

# Repairs that make the client say what the service reads and parse what it sends: each
# repairs a class of contradiction between a declaration and its own documentation.
FIXES = (*FIXES, *(Fix(name, files, apply, general=True) for name, files, apply in FIDELITY))
mutants_x_repair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_repair__mutmut)
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


def x_repair__mutmut_orig(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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


def x_repair__mutmut_1(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = None
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = fix.apply(doc)
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_2(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files and fix.general:
                count = fix.apply(doc)
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_3(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file not in fix.files or fix.general:
                count = fix.apply(doc)
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_4(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = None
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_5(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = fix.apply(None)
                if count or file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_6(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = fix.apply(doc)
                if count and file in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_7(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
    """Apply every fix to its files in place; returns fix name -> file -> changes made.

    A fix's own files are always in its entry (0 there means the defect is gone); a
    general repair also lists the other files where it changed something.
    """
    report: dict[str, dict[str, int]] = {}
    for fix in FIXES:
        for file, doc in docs.items():
            if file in fix.files or fix.general:
                count = fix.apply(doc)
                if count or file not in fix.files:
                    report.setdefault(fix.name, {})[file] = count
    return report


def x_repair__mutmut_8(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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
                    report.setdefault(fix.name, {})[file] = None
    return report


def x_repair__mutmut_9(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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
                    report.setdefault(None, {})[file] = count
    return report


def x_repair__mutmut_10(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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
                    report.setdefault(fix.name, None)[file] = count
    return report


def x_repair__mutmut_11(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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
                    report.setdefault({})[file] = count
    return report


def x_repair__mutmut_12(docs: dict[str, Doc]) -> dict[str, dict[str, int]]:
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
                    report.setdefault(fix.name, )[file] = count
    return report

mutants_x_repair__mutmut['_mutmut_orig'] = x_repair__mutmut_orig # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_1'] = x_repair__mutmut_1 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_2'] = x_repair__mutmut_2 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_3'] = x_repair__mutmut_3 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_4'] = x_repair__mutmut_4 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_5'] = x_repair__mutmut_5 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_6'] = x_repair__mutmut_6 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_7'] = x_repair__mutmut_7 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_8'] = x_repair__mutmut_8 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_9'] = x_repair__mutmut_9 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_10'] = x_repair__mutmut_10 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_11'] = x_repair__mutmut_11 # type: ignore # mutmut generated
mutants_x_repair__mutmut['x_repair__mutmut_12'] = x_repair__mutmut_12 # type: ignore # mutmut generated
