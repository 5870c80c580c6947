"""What the client needs to know about one generated operation.

The generated resource classes hold one module-level :class:`Operation` per
endpoint and pass it to ``client._call``.  Everything that refers to generated
code is a string, resolved on first use and cached on the (frozen) instance, so
importing a resource module costs no generated imports.
"""

from __future__ import annotations

import builtins
import importlib
import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

from ._types import is_unset

__all__ = ["JsonApiBody", "Operation", "Pagination", "resolve_ref"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_resolve_ref__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_resolve_ref__mutmut)
def resolve_ref(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_orig(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_1(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = None
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_2(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(None)
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_3(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.rpartition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_4(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition("XX:XX")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_5(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name and not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_6(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep and not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_7(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_8(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_9(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_10(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(None)
    return getattr(importlib.import_module(module_name), name)


def x_resolve_ref__mutmut_11(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(None, name)


def x_resolve_ref__mutmut_12(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), None)


def x_resolve_ref__mutmut_13(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(name)


def x_resolve_ref__mutmut_14(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(module_name), )


def x_resolve_ref__mutmut_15(ref: str) -> Any:
    """Import ``"package.module:Name"`` and return ``Name``."""
    module_name, sep, name = ref.partition(":")
    if not sep or not module_name or not name:
        raise ValueError(f"class reference {ref!r} is not of the form 'module.path:ClassName'")
    return getattr(importlib.import_module(None), name)

mutants_x_resolve_ref__mutmut['_mutmut_orig'] = x_resolve_ref__mutmut_orig # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_1'] = x_resolve_ref__mutmut_1 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_2'] = x_resolve_ref__mutmut_2 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_3'] = x_resolve_ref__mutmut_3 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_4'] = x_resolve_ref__mutmut_4 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_5'] = x_resolve_ref__mutmut_5 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_6'] = x_resolve_ref__mutmut_6 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_7'] = x_resolve_ref__mutmut_7 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_8'] = x_resolve_ref__mutmut_8 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_9'] = x_resolve_ref__mutmut_9 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_10'] = x_resolve_ref__mutmut_10 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_11'] = x_resolve_ref__mutmut_11 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_12'] = x_resolve_ref__mutmut_12 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_13'] = x_resolve_ref__mutmut_13 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_14'] = x_resolve_ref__mutmut_14 # type: ignore # mutmut generated
mutants_x_resolve_ref__mutmut['x_resolve_ref__mutmut_15'] = x_resolve_ref__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJsonApiBodyǁenvelope__mutmut: MutantDict = {}  # type: ignore
mutants_xǁJsonApiBodyǁbuild__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class JsonApiBody:
    """How to wrap keyword attributes into a JSON:API request body.

    ``body_model`` and ``attributes_model`` are ``"module.path:ClassName"``
    references; ``resource_type`` becomes ``data.type`` (omitted when None) and
    the value of the python parameter ``id_param`` becomes ``data.id``.
    """

    body_model: str
    attributes_model: str
    resource_type: str | None
    id_param: str | None = None
    id_value: str | None = None
    _classes: tuple[Any, Any] | None = field(default=None, init=False, repr=False, compare=False)

    @_mutmut_mutated(mutants_xǁJsonApiBodyǁclasses__mutmut)
    def classes(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_orig(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_1(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = None
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_2(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is not None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_3(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = None
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_4(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(None), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_5(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(None))
            object.__setattr__(self, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_6(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(None, "_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_7(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, None, classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_8(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", None)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_9(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__("_classes", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_10(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_11(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_classes", )
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_12(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "XX_classesXX", classes)
        return classes

    def xǁJsonApiBodyǁclasses__mutmut_13(self) -> tuple[Any, Any]:
        """The (body, attributes) model classes, imported once."""
        classes = self._classes
        if classes is None:
            classes = (resolve_ref(self.body_model), resolve_ref(self.attributes_model))
            object.__setattr__(self, "_CLASSES", classes)
        return classes

    @_mutmut_mutated(mutants_xǁJsonApiBodyǁenvelope__mutmut)
    def envelope(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_orig(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_1(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = None
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_2(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_3(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = None
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_4(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["XXtypeXX"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_5(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["TYPE"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_6(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_7(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = None
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_8(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["XXidXX"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_9(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["ID"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_10(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_11(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_12(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(None)
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_13(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = None
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_14(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["XXidXX"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_15(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["ID"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_16(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(None)
        data["attributes"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_17(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = None
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_18(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["XXattributesXX"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_19(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["ATTRIBUTES"] = attributes.to_dict()
        return {"data": data}

    def xǁJsonApiBodyǁenvelope__mutmut_20(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"XXdataXX": data}

    def xǁJsonApiBodyǁenvelope__mutmut_21(self, params: dict[str, Any], attributes: Any, operation: str) -> dict[str, Any]:
        """The ``{"data": {...}}`` dict for already-built ``attributes``."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["type"] = self.resource_type
        if self.id_value is not None:  # a singleton resource: its id is fixed (`global`)
            data["id"] = self.id_value
        elif self.id_param is not None:
            if self.id_param not in params:
                raise TypeError(f"{operation}: missing the id argument {self.id_param!r}")
            data["id"] = str(params[self.id_param])
        data["attributes"] = attributes.to_dict()
        return {"DATA": data}

    @_mutmut_mutated(mutants_xǁJsonApiBodyǁbuild__mutmut)
    def build(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_orig(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_1(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = None
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_2(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = None
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_3(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(None) from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_4(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(None)
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_5(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(None, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_6(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, None, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_7(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, None))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_8(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_9(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_10(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, ))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                f"{operation}: the attributes do not make a valid body: {exc!r}"
            ) from exc

    def xǁJsonApiBodyǁbuild__mutmut_11(self, params: dict[str, Any], values: dict[str, Any], operation: str) -> Any:
        """The generated body model for attribute ``values`` (UNSET already dropped)."""
        body_cls, attributes_cls = self.classes()
        try:
            attributes = attributes_cls(**values)
        except TypeError as exc:
            raise TypeError(f"{operation}: {exc}") from exc
        try:
            return body_cls.from_dict(self.envelope(params, attributes, operation))
        except (KeyError, TypeError, ValueError) as exc:
            raise TypeError(
                None
            ) from exc

mutants_xǁJsonApiBodyǁclasses__mutmut['_mutmut_orig'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_1'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_2'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_3'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_4'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_5'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_6'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_7'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_8'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_9'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_10'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_11'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_12'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁclasses__mutmut['xǁJsonApiBodyǁclasses__mutmut_13'] = JsonApiBody.xǁJsonApiBodyǁclasses__mutmut_13 # type: ignore # mutmut generated

mutants_xǁJsonApiBodyǁenvelope__mutmut['_mutmut_orig'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_1'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_2'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_3'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_4'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_5'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_6'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_7'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_8'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_9'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_10'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_11'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_11 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_12'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_12 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_13'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_13 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_14'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_14 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_15'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_15 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_16'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_16 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_17'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_17 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_18'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_18 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_19'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_19 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_20'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_20 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁenvelope__mutmut['xǁJsonApiBodyǁenvelope__mutmut_21'] = JsonApiBody.xǁJsonApiBodyǁenvelope__mutmut_21 # type: ignore # mutmut generated

mutants_xǁJsonApiBodyǁbuild__mutmut['_mutmut_orig'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_orig # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_1'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_1 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_2'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_2 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_3'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_3 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_4'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_4 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_5'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_5 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_6'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_6 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_7'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_7 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_8'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_8 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_9'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_9 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_10'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_10 # type: ignore # mutmut generated
mutants_xǁJsonApiBodyǁbuild__mutmut['xǁJsonApiBodyǁbuild__mutmut_11'] = JsonApiBody.xǁJsonApiBodyǁbuild__mutmut_11 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: its offset/limit kwargs and where items and total are.

    ``style`` names the wire form (``offset``/``limit`` or ``page[offset]``/
    ``page[limit]``); both page by offset.  ``offset_param`` and ``limit_param``
    are the generated function's python parameter names.  ``items`` and
    ``total`` are dotted attribute paths on the parsed page model (``total``
    None when the API reports none).
    """

    style: Literal["offset", "page"]
    offset_param: str
    limit_param: str
    items: str = "data"
    total: str | None = "meta.total"
    default_limit: int = 100
    max_limit: int | None = None
mutants_xǁOperationǁload__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOperationǁsuccess_types__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOperationǁ_lookup__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOperationǁparse_lines__mutmut: MutantDict = {}  # type: ignore
mutants_xǁOperationǁwith_attributes__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class Operation:
    """One endpoint: its generated module, HTTP shape, success models and extras.

    ``success`` lists the names of the classes (attributes of the endpoint
    module, builtins such as ``list``, or ``"None"`` for a bodiless 2xx) a 2xx
    body parses into; empty when no body is expected.  ``read_only`` marks a
    non-GET request that is safe to retry (e.g. a POST that only queries).  ``public``
    marks an operation the spec declares without security (``security: []``, the
    Tracking API): it is sent without a token, and no token is fetched for it.
    """

    name: str
    module: str
    method: str
    path: str
    success: tuple[str, ...] = ()
    read_only: bool = False
    public: bool = False
    jsonapi: JsonApiBody | None = None
    pagination: Pagination | None = None
    ndjson: str | None = None
    _module: ModuleType | None = field(default=None, init=False, repr=False, compare=False)
    _types: tuple[type, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @_mutmut_mutated(mutants_xǁOperationǁload__mutmut)
    def load(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_orig(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_1(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = None
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_2(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is not None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_3(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = None
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_4(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(None)
            object.__setattr__(self, "_module", module)
        return module

    def xǁOperationǁload__mutmut_5(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(None, "_module", module)
        return module

    def xǁOperationǁload__mutmut_6(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, None, module)
        return module

    def xǁOperationǁload__mutmut_7(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", None)
        return module

    def xǁOperationǁload__mutmut_8(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__("_module", module)
        return module

    def xǁOperationǁload__mutmut_9(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, module)
        return module

    def xǁOperationǁload__mutmut_10(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_module", )
        return module

    def xǁOperationǁload__mutmut_11(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "XX_moduleXX", module)
        return module

    def xǁOperationǁload__mutmut_12(self) -> ModuleType:
        """The generated endpoint module, imported on first use."""
        module = self._module
        if module is None:
            module = importlib.import_module(self.module)
            object.__setattr__(self, "_MODULE", module)
        return module

    @_mutmut_mutated(mutants_xǁOperationǁsuccess_types__mutmut)
    def success_types(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_orig(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_1(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = None
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_2(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is not None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_3(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = None
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_4(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(None)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_5(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(None) for name in self.success)
            object.__setattr__(self, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_6(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(None, "_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_7(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, None, types)
        return types

    def xǁOperationǁsuccess_types__mutmut_8(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", None)
        return types

    def xǁOperationǁsuccess_types__mutmut_9(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__("_types", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_10(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, types)
        return types

    def xǁOperationǁsuccess_types__mutmut_11(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_types", )
        return types

    def xǁOperationǁsuccess_types__mutmut_12(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "XX_typesXX", types)
        return types

    def xǁOperationǁsuccess_types__mutmut_13(self) -> tuple[type, ...]:
        """The classes named by ``success``, resolved once."""
        types = self._types
        if types is None:
            types = tuple(self._lookup(name) for name in self.success)
            object.__setattr__(self, "_TYPES", types)
        return types

    @_mutmut_mutated(mutants_xǁOperationǁ_lookup__mutmut)
    def _lookup(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_orig(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_1(self, name: str) -> type:
        if name != "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_2(self, name: str) -> type:
        if name == "XXNoneXX":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_3(self, name: str) -> type:
        if name == "none":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_4(self, name: str) -> type:
        if name == "NONE":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_5(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = None
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_6(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(None, name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_7(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), None, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_8(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_9(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_10(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, )
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_11(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is not None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_12(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = None
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_13(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(None, name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_14(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, None, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_15(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(name, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_16(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, None)
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_17(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, )
        if not isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_18(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if isinstance(found, type):
            raise LookupError(f"{self.name}: success class {name!r} not found in {self.module}")
        return found

    def xǁOperationǁ_lookup__mutmut_19(self, name: str) -> type:
        if name == "None":  # a documented bodiless 2xx next to one with a body
            return type(None)
        found = getattr(self.load(), name, None)
        if found is None:
            found = getattr(builtins, name, None)
        if not isinstance(found, type):
            raise LookupError(None)
        return found

    @_mutmut_mutated(mutants_xǁOperationǁparse_lines__mutmut)
    def parse_lines(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_orig(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_1(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_2(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = None
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_3(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(None)
        return [model.from_dict(json.loads(line)) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_4(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(None) for line in content.splitlines() if line.strip()]

    def xǁOperationǁparse_lines__mutmut_5(self, content: bytes) -> list[Any]:
        """A JSON-lines body (``application/x-ndjson``): one ``ndjson`` model per line."""
        assert self.ndjson is not None
        model = resolve_ref(self.ndjson)
        return [model.from_dict(json.loads(None)) for line in content.splitlines() if line.strip()]

    @_mutmut_mutated(mutants_xǁOperationǁwith_attributes__mutmut)
    def with_attributes(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_orig(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_1(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = None
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_2(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_3(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(None)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_4(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = None
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_5(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get(None)
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_6(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("XXbodyXX")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_7(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("BODY")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_8(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None or not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_9(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_10(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_11(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(None):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_12(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = None
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_13(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(None)
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_14(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = "XX, XX".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_15(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(None))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_16(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(None)
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_17(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is not None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_18(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(None)
        return {**params, "body": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_19(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "XXbodyXX": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_20(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "BODY": self.jsonapi.build(params, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_21(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(None, values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_22(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, None, self.name)}

    def xǁOperationǁwith_attributes__mutmut_23(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, None)}

    def xǁOperationǁwith_attributes__mutmut_24(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(values, self.name)}

    def xǁOperationǁwith_attributes__mutmut_25(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, self.name)}

    def xǁOperationǁwith_attributes__mutmut_26(self, params: dict[str, Any], attributes: dict[str, Any]) -> dict[str, Any]:
        """``params`` plus a ``body`` built from keyword ``attributes`` (UNSET ones dropped).

        A ready ``body`` in ``params`` is kept, but then no attribute may be given.
        """
        values = {key: value for key, value in attributes.items() if not is_unset(value)}
        body = params.get("body")
        if body is not None and not is_unset(body):
            if values:
                names = ", ".join(sorted(values))
                raise TypeError(f"{self.name}: pass either body= or attributes ({names}), not both")
            return params
        if self.jsonapi is None:
            raise TypeError(f"{self.name} does not take JSON:API attributes")
        return {**params, "body": self.jsonapi.build(params, values, )}

mutants_xǁOperationǁload__mutmut['_mutmut_orig'] = Operation.xǁOperationǁload__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_1'] = Operation.xǁOperationǁload__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_2'] = Operation.xǁOperationǁload__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_3'] = Operation.xǁOperationǁload__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_4'] = Operation.xǁOperationǁload__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_5'] = Operation.xǁOperationǁload__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_6'] = Operation.xǁOperationǁload__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_7'] = Operation.xǁOperationǁload__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_8'] = Operation.xǁOperationǁload__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_9'] = Operation.xǁOperationǁload__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_10'] = Operation.xǁOperationǁload__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_11'] = Operation.xǁOperationǁload__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOperationǁload__mutmut['xǁOperationǁload__mutmut_12'] = Operation.xǁOperationǁload__mutmut_12 # type: ignore # mutmut generated

mutants_xǁOperationǁsuccess_types__mutmut['_mutmut_orig'] = Operation.xǁOperationǁsuccess_types__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_1'] = Operation.xǁOperationǁsuccess_types__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_2'] = Operation.xǁOperationǁsuccess_types__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_3'] = Operation.xǁOperationǁsuccess_types__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_4'] = Operation.xǁOperationǁsuccess_types__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_5'] = Operation.xǁOperationǁsuccess_types__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_6'] = Operation.xǁOperationǁsuccess_types__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_7'] = Operation.xǁOperationǁsuccess_types__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_8'] = Operation.xǁOperationǁsuccess_types__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_9'] = Operation.xǁOperationǁsuccess_types__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_10'] = Operation.xǁOperationǁsuccess_types__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_11'] = Operation.xǁOperationǁsuccess_types__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_12'] = Operation.xǁOperationǁsuccess_types__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOperationǁsuccess_types__mutmut['xǁOperationǁsuccess_types__mutmut_13'] = Operation.xǁOperationǁsuccess_types__mutmut_13 # type: ignore # mutmut generated

mutants_xǁOperationǁ_lookup__mutmut['_mutmut_orig'] = Operation.xǁOperationǁ_lookup__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_1'] = Operation.xǁOperationǁ_lookup__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_2'] = Operation.xǁOperationǁ_lookup__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_3'] = Operation.xǁOperationǁ_lookup__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_4'] = Operation.xǁOperationǁ_lookup__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_5'] = Operation.xǁOperationǁ_lookup__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_6'] = Operation.xǁOperationǁ_lookup__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_7'] = Operation.xǁOperationǁ_lookup__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_8'] = Operation.xǁOperationǁ_lookup__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_9'] = Operation.xǁOperationǁ_lookup__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_10'] = Operation.xǁOperationǁ_lookup__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_11'] = Operation.xǁOperationǁ_lookup__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_12'] = Operation.xǁOperationǁ_lookup__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_13'] = Operation.xǁOperationǁ_lookup__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_14'] = Operation.xǁOperationǁ_lookup__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_15'] = Operation.xǁOperationǁ_lookup__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_16'] = Operation.xǁOperationǁ_lookup__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_17'] = Operation.xǁOperationǁ_lookup__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_18'] = Operation.xǁOperationǁ_lookup__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOperationǁ_lookup__mutmut['xǁOperationǁ_lookup__mutmut_19'] = Operation.xǁOperationǁ_lookup__mutmut_19 # type: ignore # mutmut generated

mutants_xǁOperationǁparse_lines__mutmut['_mutmut_orig'] = Operation.xǁOperationǁparse_lines__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOperationǁparse_lines__mutmut['xǁOperationǁparse_lines__mutmut_1'] = Operation.xǁOperationǁparse_lines__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOperationǁparse_lines__mutmut['xǁOperationǁparse_lines__mutmut_2'] = Operation.xǁOperationǁparse_lines__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOperationǁparse_lines__mutmut['xǁOperationǁparse_lines__mutmut_3'] = Operation.xǁOperationǁparse_lines__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOperationǁparse_lines__mutmut['xǁOperationǁparse_lines__mutmut_4'] = Operation.xǁOperationǁparse_lines__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOperationǁparse_lines__mutmut['xǁOperationǁparse_lines__mutmut_5'] = Operation.xǁOperationǁparse_lines__mutmut_5 # type: ignore # mutmut generated

mutants_xǁOperationǁwith_attributes__mutmut['_mutmut_orig'] = Operation.xǁOperationǁwith_attributes__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_1'] = Operation.xǁOperationǁwith_attributes__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_2'] = Operation.xǁOperationǁwith_attributes__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_3'] = Operation.xǁOperationǁwith_attributes__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_4'] = Operation.xǁOperationǁwith_attributes__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_5'] = Operation.xǁOperationǁwith_attributes__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_6'] = Operation.xǁOperationǁwith_attributes__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_7'] = Operation.xǁOperationǁwith_attributes__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_8'] = Operation.xǁOperationǁwith_attributes__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_9'] = Operation.xǁOperationǁwith_attributes__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_10'] = Operation.xǁOperationǁwith_attributes__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_11'] = Operation.xǁOperationǁwith_attributes__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_12'] = Operation.xǁOperationǁwith_attributes__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_13'] = Operation.xǁOperationǁwith_attributes__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_14'] = Operation.xǁOperationǁwith_attributes__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_15'] = Operation.xǁOperationǁwith_attributes__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_16'] = Operation.xǁOperationǁwith_attributes__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_17'] = Operation.xǁOperationǁwith_attributes__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_18'] = Operation.xǁOperationǁwith_attributes__mutmut_18 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_19'] = Operation.xǁOperationǁwith_attributes__mutmut_19 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_20'] = Operation.xǁOperationǁwith_attributes__mutmut_20 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_21'] = Operation.xǁOperationǁwith_attributes__mutmut_21 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_22'] = Operation.xǁOperationǁwith_attributes__mutmut_22 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_23'] = Operation.xǁOperationǁwith_attributes__mutmut_23 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_24'] = Operation.xǁOperationǁwith_attributes__mutmut_24 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_25'] = Operation.xǁOperationǁwith_attributes__mutmut_25 # type: ignore # mutmut generated
mutants_xǁOperationǁwith_attributes__mutmut['xǁOperationǁwith_attributes__mutmut_26'] = Operation.xǁOperationǁwith_attributes__mutmut_26 # type: ignore # mutmut generated
