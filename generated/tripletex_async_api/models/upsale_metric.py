from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsale_metric_action import UpsaleMetricAction
from ..models.upsale_metric_metric_type import UpsaleMetricMetricType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="UpsaleMetric")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("metricType", str, False),
    ("action", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class UpsaleMetric(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        company_id (int | Unset): The company's ID.
        actual_employee_id (int | Unset): Actual employee's ID.
        login_employee_id (int | Unset): Login employee's ID.
        tripletex_user_id (int | Unset): Tripletex's user ID.
        metric_type (UpsaleMetricMetricType | Unset): The type of the metric used.
        action (UpsaleMetricAction | Unset): Status for upsale's AutoPay bank dashboard page or enabling / disabling
            upsale's notifications.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    company_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    tripletex_user_id: int | Unset = UNSET
    metric_type: UpsaleMetricMetricType | Unset = UNSET
    action: UpsaleMetricAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        company_id = self.company_id

        actual_employee_id = self.actual_employee_id

        login_employee_id = self.login_employee_id

        tripletex_user_id = self.tripletex_user_id

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if actual_employee_id is not UNSET:
            field_dict["actualEmployeeId"] = actual_employee_id
        if login_employee_id is not UNSET:
            field_dict["loginEmployeeId"] = login_employee_id
        if tripletex_user_id is not UNSET:
            field_dict["tripletexUserId"] = tripletex_user_id
        if metric_type is not UNSET:
            field_dict["metricType"] = metric_type
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UpsaleMetric from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_metric_type(_tx_v: Any) -> UpsaleMetricMetricType | Unset:
            _metric_type = _tx_v
            metric_type: UpsaleMetricMetricType | Unset
            if isinstance(_metric_type, Unset):
                metric_type = UNSET
            else:
                metric_type = UpsaleMetricMetricType(_metric_type)

            return metric_type

        def _p_action(_tx_v: Any) -> UpsaleMetricAction | Unset:
            _action = _tx_v
            action: UpsaleMetricAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = UpsaleMetricAction(_action)

            return action

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "companyId",
                "actualEmployeeId",
                "loginEmployeeId",
                "tripletexUserId",
                "metricType",
                "action",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "company_id": ("companyId", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "login_employee_id": ("loginEmployeeId", None),
            "tripletex_user_id": ("tripletexUserId", None),
            "metric_type": ("metricType", _p_metric_type),
            "action": ("action", _p_action),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
