"""Request bodies from keyword arguments and plain dicts (``Operation.with_attributes``),
with the generated models of real operations and no server."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any
from uuid import UUID

import pytest

from piwik_pro._operation import Operation
from piwik_pro._resources.analytics import _ANALYTICS_QUERY
from piwik_pro._resources.cdp import _CDP_ATTRIBUTES_CREATE_MANY
from piwik_pro._resources.tag_manager import _TAG_MANAGER_TRIGGERS_CREATE
from piwik_pro._resources.users import _USERS_INVITE
from piwik_pro_api.models.analytics_query_body import AnalyticsQueryBody
from piwik_pro_api.models.analytics_query_body_columns_item import AnalyticsQueryBodyColumnsItem
from piwik_pro_api.models.custom_attribute_input import CustomAttributeInput
from piwik_pro_api.types import UNSET

SITE = UUID("70236925-724f-404e-b634-7b5633bc0bcc")
APP = "1f74dda5-b598-41d6-a9e4-f501ef4379e1"


class Direction(enum.Enum):
    DESC = "desc"


def _body(op: Operation, values: dict[str, Any], **params: Any) -> Any:
    return op.with_attributes({**params, "body": UNSET}, values)["body"]


def test_keywords_make_the_body_model_with_json_values() -> None:
    """Models, dicts, UUIDs, dates and enums become the JSON the model reads."""
    body = _body(
        _ANALYTICS_QUERY,
        {
            "website_id": SITE,
            "columns": [AnalyticsQueryBodyColumnsItem(column_id="visitors"), {"column_id": "x"}],
            "date_from": dt.date(2020, 2, 10),
            "date_to": "2020-02-11",
            "order_by": [[0, Direction.DESC]],
            "filters": UNSET,
        },
    )
    assert isinstance(body, AnalyticsQueryBody)
    assert body.to_dict() == {
        "website_id": str(SITE),
        "columns": [{"column_id": "visitors"}, {"column_id": "x"}],
        "date_from": "2020-02-10",
        "date_to": "2020-02-11",
        "order_by": [[0, "desc"]],
    }


def test_a_dict_body_becomes_the_model() -> None:
    data = {"website_id": str(SITE), "columns": [{"column_id": "visitors"}]}
    params = _ANALYTICS_QUERY.with_attributes({"body": data}, {})
    assert isinstance(params["body"], AnalyticsQueryBody)
    assert params["body"].to_dict() == data


@pytest.mark.parametrize(
    ("op", "data", "message"),
    [
        (_ANALYTICS_QUERY, {"website_id": str(SITE)}, r"needs the field 'columns'"),
        (
            _ANALYTICS_QUERY,
            {"website_id": str(SITE), "columns": [], "colums": []},
            r"does not know: colums \(it takes website_id, columns, ",
        ),
        (_USERS_INVITE, {"email": "x@example.com"}, r"does not know: email \(it takes data\)"),
    ],
)
def test_a_dict_that_does_not_fit_is_a_type_error(
    op: Operation, data: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=rf"^{op.name}: .*{message}"):
        op.with_attributes({"body": data}, {})


def test_body_and_keywords_together_are_refused() -> None:
    with pytest.raises(TypeError, match=r"pass either body= or attributes \(email\), not both"):
        _USERS_INVITE.with_attributes({"body": {"data": {}}}, {"email": "x@example.com"})


def test_the_discriminator_picks_the_one_of_member() -> None:
    values = {"name": "c", "trigger_type": "click", "conditions": []}
    body = _body(_TAG_MANAGER_TRIGGERS_CREATE, values, app_id=APP)
    assert type(body).__name__ == "TagManagerTriggersCreateBodyClick"
    assert body.to_dict() == {"data": {"type": "trigger", "attributes": values}}
    data = {"data": {"type": "trigger", "attributes": {**values, "trigger_type": "page_view"}}}
    params = _TAG_MANAGER_TRIGGERS_CREATE.with_attributes({"app_id": APP, "body": data}, {})
    assert type(params["body"]).__name__ == "TagManagerTriggersCreateBodyPageView"


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        (UNSET, TypeError, r"trigger_type= is required, one of: 'page_view', 'page_load', "),
        ("nope", ValueError, r"trigger_type='nope' is not one of: 'page_view', .*'click'"),
    ],
    ids=["missing", "unknown"],  # pytest names an enum parameter by str(), which UNSET refuses
)
def test_a_missing_or_unknown_discriminator_names_the_accepted_values(
    kind: Any, error: type[Exception], message: str
) -> None:
    values = {"name": "c", "trigger_type": kind, "conditions": []}
    with pytest.raises(error, match=rf"^tag_manager.triggers.create: {message}"):
        _body(_TAG_MANAGER_TRIGGERS_CREATE, values, app_id=APP)


def test_a_list_body_takes_dict_items_beside_models() -> None:
    """A list body (``cdp.attributes.create_many``): each dict item becomes the item model."""
    item = {"name": "Plan", "event_data_key": "plan", "data_type": "string", "aggregation": "last"}
    ready = CustomAttributeInput.from_dict({**item, "name": "Tier"})
    params = {"app_id": APP, "body": [item, ready]}
    body = _CDP_ATTRIBUTES_CREATE_MANY.with_attributes(params, {})["body"]
    assert [type(b) for b in body] == [CustomAttributeInput, CustomAttributeInput]
    assert body[0].to_dict() == item and body[1] is ready


def test_a_list_body_refuses_a_single_dict_and_an_item_that_does_not_fit() -> None:
    item = {"name": "Plan", "event_data_key": "plan", "data_type": "string", "aggregation": "last"}
    with pytest.raises(TypeError, match=r"cdp.attributes.create_many: body= takes a list"):
        _CDP_ATTRIBUTES_CREATE_MANY.with_attributes({"app_id": APP, "body": item}, {})
    broken = {k: v for k, v in item.items() if k != "event_data_key"}
    with pytest.raises(TypeError, match=r"needs the field 'event_data_key'"):
        _CDP_ATTRIBUTES_CREATE_MANY.with_attributes({"app_id": APP, "body": [broken]}, {})
