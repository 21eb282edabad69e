from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsale_metric_action import UpsaleMetricAction
from ..models.upsale_metric_metric_type import UpsaleMetricMetricType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="UpsaleMetric")


@_attrs_define
class UpsaleMetric:
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
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        company_id = d.pop("companyId", UNSET)

        actual_employee_id = d.pop("actualEmployeeId", UNSET)

        login_employee_id = d.pop("loginEmployeeId", UNSET)

        tripletex_user_id = d.pop("tripletexUserId", UNSET)

        _metric_type = d.pop("metricType", UNSET)
        metric_type: UpsaleMetricMetricType | Unset
        if isinstance(_metric_type, Unset):
            metric_type = UNSET
        else:
            metric_type = UpsaleMetricMetricType(_metric_type)

        _action = d.pop("action", UNSET)
        action: UpsaleMetricAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = UpsaleMetricAction(_action)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            company_id=company_id,
            actual_employee_id=actual_employee_id,
            login_employee_id=login_employee_id,
            tripletex_user_id=tripletex_user_id,
            metric_type=metric_type,
            action=action,
        )

        _obj.additional_properties = d
        return _obj

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
