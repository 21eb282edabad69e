from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.consumer_token import ConsumerToken
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="SessionToken")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("consumerToken", dict, False),
    ("employeeToken", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SessionToken(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        consumer_token (ConsumerToken | Unset):
        employee_token (EmployeeToken | Unset):
        expiration_date (str | Unset):
        token (str | Unset):
        encryption_key (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    consumer_token: ConsumerToken | Unset = UNSET
    employee_token: EmployeeToken | Unset = UNSET
    expiration_date: str | Unset = UNSET
    token: str | Unset = UNSET
    encryption_key: str | Unset = UNSET
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

        consumer_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consumer_token, Unset):
            consumer_token = self.consumer_token.to_dict()

        employee_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_token, Unset):
            employee_token = self.employee_token.to_dict()

        expiration_date = self.expiration_date

        token = self.token

        encryption_key = self.encryption_key

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
        if consumer_token is not UNSET:
            field_dict["consumerToken"] = consumer_token
        if employee_token is not UNSET:
            field_dict["employeeToken"] = employee_token
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if token is not UNSET:
            field_dict["token"] = token
        if encryption_key is not UNSET and not _in_request:
            field_dict["encryptionKey"] = encryption_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SessionToken from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.consumer_token import ConsumerToken  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

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

        def _p_consumer_token(_tx_v: Any) -> ConsumerToken | Unset:
            _consumer_token = _tx_v
            consumer_token: ConsumerToken | Unset
            if isinstance(_consumer_token, Unset):
                consumer_token = UNSET
            else:
                consumer_token = ConsumerToken._tx_from_json(_consumer_token)

            return consumer_token

        def _p_employee_token(_tx_v: Any) -> EmployeeToken | Unset:
            _employee_token = _tx_v
            employee_token: EmployeeToken | Unset
            if isinstance(_employee_token, Unset):
                employee_token = UNSET
            else:
                employee_token = EmployeeToken._tx_from_json(_employee_token)

            return employee_token

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "consumerToken",
                "employeeToken",
                "expirationDate",
                "token",
                "encryptionKey",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "consumer_token": ("consumerToken", _p_consumer_token),
            "employee_token": ("employeeToken", _p_employee_token),
            "expiration_date": ("expirationDate", None),
            "token": ("token", None),
            "encryption_key": ("encryptionKey", None),
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
