"""Exact bodies and exact messages of ``Operation.with_attributes`` and its helpers: the
oneOf choice of Tag Manager (keywords or a ``body=`` dict), plain bodies from keywords
or dicts, and the lookup of success classes."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from piwik_pro._operation import JsonApiBody, JsonApiChoice, Operation
from piwik_pro._resources.analytics import _ANALYTICS_QUERY
from piwik_pro._resources.cdp import _CDP_ATTRIBUTES_CREATE, _CDP_ATTRIBUTES_UPDATE
from piwik_pro._resources.tag_manager import (
    _TAG_MANAGER_TRIGGERS_CREATE,
    _TAG_MANAGER_TRIGGERS_UPDATE,
    _TAG_MANAGER_VARIABLES_CREATE,
)
from piwik_pro_api.types import UNSET

from .fakeapi import GET
from .fakeapi.models import ThingAttributes

APP = "1f74dda5-b598-41d6-a9e4-f501ef4379e1"
TRIGGER = "0a6f7ff2-4f1c-4c11-9a71-2c3fbd7a0a24"
MODELS = ThingAttributes.__module__
TRIGGER_TYPES = (
    "'page_view', 'page_load', 'dom_ready', 'leave_content', 'page_scroll', "
    "'time_on_website', 'event', 'history', 'debounced_history', 'form_submission', "
    "'click', 'capturing_click', 'element_presence', 'cdp_audience_detection'"
)


class Kind(enum.Enum):
    """A caller's own (not str) enum: its value picks the member."""

    CLICK = "click"
    NOPE = "nope"


def _message(op: Operation, params: dict[str, Any], values: dict[str, Any]) -> str:
    with pytest.raises(TypeError) as caught:
        op.with_attributes(params, values)
    return str(caught.value)


def _create_trigger(values: dict[str, Any]) -> str:
    return _message(_TAG_MANAGER_TRIGGERS_CREATE, {"app_id": APP, "body": UNSET}, values)


# The choice from keyword arguments (JsonApiChoice.build, .candidates).


def test_an_enum_discriminator_picks_the_member_by_its_value() -> None:
    values = {"name": "c", "trigger_type": Kind.CLICK, "conditions": []}
    params = {"app_id": APP, "body": UNSET}
    body = _TAG_MANAGER_TRIGGERS_CREATE.with_attributes(params, values)["body"]
    assert type(body).__name__ == "TagManagerTriggersCreateBodyClick"
    attributes = {"name": "c", "trigger_type": "click", "conditions": []}
    assert body.to_dict() == {"data": {"type": "trigger", "attributes": attributes}}


def test_an_unknown_enum_discriminator_is_named_by_its_value() -> None:
    values = {"name": "c", "trigger_type": Kind.NOPE}
    with pytest.raises(ValueError) as caught:
        _TAG_MANAGER_TRIGGERS_CREATE.with_attributes({"app_id": APP, "body": UNSET}, values)
    assert str(caught.value) == (
        f"tag_manager.triggers.create: trigger_type='nope' is not one of: {TRIGGER_TYPES}"
    )


def test_an_unknown_keyword_is_refused_by_name() -> None:
    values = {"name": "c", "trigger_type": "click", "conditions": [], "colour": 1, "size": 2}
    assert _create_trigger(values) == (
        "tag_manager.triggers.create: no body for trigger_type='click' takes these arguments "
        "(TypeError: TagManagerTriggersCreateBodyClickDataAttributes does not take colour, size)"
    )


def test_a_missing_keyword_is_named() -> None:
    assert _create_trigger({"trigger_type": "click", "conditions": []}) == (
        "tag_manager.triggers.create: no body for trigger_type='click' takes these arguments "
        "(TagManagerTriggersCreateBodyClickDataAttributes needs the field 'name')"
    )


def test_each_member_that_refuses_the_keywords_is_named() -> None:
    """``variable_type='url'`` fits three members; the error names why each refused."""
    message = _message(
        _TAG_MANAGER_VARIABLES_CREATE, {"app_id": APP, "body": UNSET}, {"variable_type": "url"}
    )
    assert message == (
        "tag_manager.variables.create: no body for variable_type='url' takes these arguments "
        "(TagManagerVariablesCreateBodyUrlParameterDataAttributes needs the field 'name'; "
        "TagManagerVariablesCreateBodyUrlProtocolDataAttributes needs the field 'name'; "
        "TagManagerVariablesCreateBodyUrlQueryDataAttributes needs the field 'name')"
    )


def test_an_update_by_keywords_carries_the_path_id() -> None:
    params = {"app_id": APP, "trigger_id": TRIGGER, "body": UNSET}
    values = {"name": "c", "trigger_type": "click"}
    built = _TAG_MANAGER_TRIGGERS_UPDATE.with_attributes(params, values)
    assert {key: value for key, value in built.items() if key != "body"} == {
        "app_id": APP,
        "trigger_id": TRIGGER,
    }
    assert type(built["body"]).__name__ == "TagManagerTriggersUpdateBodyClick"
    assert built["body"].to_dict() == {
        "data": {"type": "trigger", "id": TRIGGER, "attributes": values}
    }


def test_an_update_without_its_id_names_the_operation_and_the_id() -> None:
    values = {"name": "c", "trigger_type": "click"}
    message = _message(_TAG_MANAGER_TRIGGERS_UPDATE, {"app_id": APP, "body": UNSET}, values)
    assert message == (
        "tag_manager.triggers.update: no body for trigger_type='click' takes these arguments "
        "(TypeError: tag_manager.triggers.update: missing the id argument 'trigger_id')"
    )


def test_a_member_model_without_additional_properties_is_built() -> None:
    """A model that keeps no unknown fields has nothing to refuse."""
    member = JsonApiBody(f"{MODELS}:ThingBody", f"{MODELS}:ThingAttributes", "thing")
    choice = JsonApiChoice("name", ((("box",), member),))
    body = choice.build({}, {"name": "box", "color": "red"}, "things.create")
    assert body.to_dict() == {
        "data": {"type": "thing", "attributes": {"name": "box", "color": "red"}}
    }


# The choice from a body= dict (JsonApiChoice.from_dict).


def _dict_body_message(attributes: dict[str, Any], **data: Any) -> str:
    body = {"data": {**data, "attributes": attributes}}
    return _message(_TAG_MANAGER_TRIGGERS_CREATE, {"app_id": APP, "body": body}, {})


def test_a_dict_body_without_the_discriminator_names_the_operation() -> None:
    assert _dict_body_message({"name": "c"}, type="trigger") == (
        f"tag_manager.triggers.create: trigger_type= is required, one of: {TRIGGER_TYPES}"
    )


def test_a_dict_body_with_an_unset_discriminator_is_missing_it() -> None:
    assert _dict_body_message({"name": "c", "trigger_type": UNSET}, type="trigger") == (
        f"tag_manager.triggers.create: trigger_type= is required, one of: {TRIGGER_TYPES}"
    )


def test_a_dict_body_that_fits_no_member_names_each_refusal() -> None:
    body = {"data": {"attributes": {"variable_type": "url"}}}
    message = _message(_TAG_MANAGER_VARIABLES_CREATE, {"app_id": APP, "body": body}, {})
    assert message == (
        "tag_manager.variables.create: the body= dict fits no member "
        "(KeyError: 'type'; KeyError: 'type'; KeyError: 'type')"
    )


# Plain bodies (Operation.with_attributes, .body_from_dict).


def test_keywords_missing_a_field_name_the_keyword_arguments() -> None:
    assert _message(_ANALYTICS_QUERY, {"body": UNSET}, {"columns": []}) == (
        "analytics.query: AnalyticsQueryBody needs the field 'website_id', "
        "missing from the keyword arguments"
    )


def test_no_keywords_for_a_required_body_still_build_it() -> None:
    """A required body is built even from no keyword at all, naming what it needs."""
    assert _message(_ANALYTICS_QUERY, {"body": UNSET}, {"columns": UNSET}) == (
        "analytics.query: AnalyticsQueryBody needs the field 'website_id', "
        "missing from the keyword arguments"
    )


def test_a_dict_missing_a_field_names_the_body_dict() -> None:
    assert _message(_ANALYTICS_QUERY, {"body": {"columns": []}}, {}) == (
        "analytics.query: AnalyticsQueryBody needs the field 'website_id', "
        "missing from the body= dict"
    )


def test_a_value_the_model_refuses_is_named_with_the_source() -> None:
    bad = {"website_id": "nope", "columns": []}
    assert _message(_ANALYTICS_QUERY, {"body": bad}, {}) == (
        "analytics.query: the body= dict does not fit AnalyticsQueryBody: "
        "badly formed hexadecimal UUID string"
    )
    assert _message(_ANALYTICS_QUERY, {"body": UNSET}, bad) == (
        "analytics.query: the keyword arguments do not fit AnalyticsQueryBody: "
        "badly formed hexadecimal UUID string"
    )


def test_unknown_dict_fields_are_listed_with_the_known_ones() -> None:
    params = {"app_id": APP, "attribute_id": "a", "body": {"name": "n", "colour": 1, "size": 2}}
    assert _message(_CDP_ATTRIBUTES_UPDATE, params, {}) == (
        "cdp.attributes.update: the body= dict has fields CustomAttributeUpdateInput does not "
        "know: colour, size (it takes name, event_data_key)"
    )
    # the facade's signatures refuse unknown keywords first; the check itself says so too
    body = {"name": "n", "colour": 1}
    with pytest.raises(TypeError) as caught:
        _CDP_ATTRIBUTES_UPDATE.body_from_dict(body, keywords=True)
    assert str(caught.value) == (
        "cdp.attributes.update: the keyword arguments have fields CustomAttributeUpdateInput "
        "does not know: colour (it takes name, event_data_key)"
    )


def test_a_dict_body_for_an_operation_without_a_body_model_is_refused() -> None:
    assert _message(GET, {"thing_id": "a", "body": {"name": "n"}}, {}) == (
        "things.get: body= takes the generated model here, not a dict"
    )


def test_a_body_model_without_additional_properties_is_built() -> None:
    op = Operation("things.make", GET.module, "POST", "/x", body_model=f"{MODELS}:ThingAttributes")
    assert op.with_attributes({"body": {"name": "n"}}, {})["body"] == ThingAttributes("n")


def test_an_optional_body_is_left_out_without_keywords_and_built_with_them() -> None:
    params = {"app_id": APP, "body": UNSET}
    assert _CDP_ATTRIBUTES_CREATE.with_attributes(params, {"name": UNSET}) is params
    item = {"name": "Plan", "event_data_key": "plan", "data_type": "string", "aggregation": "last"}
    built = _CDP_ATTRIBUTES_CREATE.with_attributes(params, item)
    assert built["app_id"] == APP
    assert built["body"].to_dict() == item


def test_a_list_body_is_kept_as_is_where_the_body_is_no_list() -> None:
    """Only a list body's dict items become models; elsewhere a ready body is kept."""
    params = {"body": [{"website_id": "nope"}]}
    assert _ANALYTICS_QUERY.with_attributes(params, {}) is params


# Success classes (Operation._lookup).


def test_a_success_name_found_nowhere_is_a_lookup_error() -> None:
    module = "piwik_pro_api.api.users.users_get"
    op = Operation("users.get", module, "GET", "/x", success=("Nope",))
    with pytest.raises(LookupError) as caught:
        op.success_types()
    assert str(caught.value) == f"users.get: success class 'Nope' not found in {module}"
