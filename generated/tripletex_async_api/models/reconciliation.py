from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_status import ReconciliationStatus
from ..models.reconciliation_type import ReconciliationType
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
    from ..models.customer import Customer
    from ..models.document import Document


T = TypeVar("T", bound="Reconciliation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("customer", dict, False),
    ("document", dict, False),
    ("type", str, False),
    ("status", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Reconciliation(LazyModel):
    """The reconciliation status of this term

    Example:
        COMPLETED

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        customer (Customer | Unset):
        year (int | Unset): The year of the reconciliation
        term (int | Unset): The term of the reconciliation
        document (Document | Unset): [BETA] Attachments belonging to this order
        type_ (ReconciliationType | Unset): The type of reconciliation, e.g., 'VAT', 'Bank', etc.
        status (ReconciliationStatus | Unset): [read-only] The status of the reconciliation
        start_date (str | Unset): The start date of the reconciliation period
        end_date (str | Unset): The end date of the reconciliation period
        modifiable (bool | Unset): [read-only] Indicates if the reconciliation is in a modifiable state
        requires_control (bool | Unset): Indicates if the reconciliation requires an additional control step after
            completion
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    year: int | Unset = UNSET
    term: int | Unset = UNSET
    document: Document | Unset = UNSET
    type_: ReconciliationType | Unset = UNSET
    status: ReconciliationStatus | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    modifiable: bool | Unset = UNSET
    requires_control: bool | Unset = UNSET
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

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        year = self.year

        term = self.term

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_date = self.start_date

        end_date = self.end_date

        modifiable = self.modifiable

        requires_control = self.requires_control

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
        if customer is not UNSET:
            field_dict["customer"] = customer
        if year is not UNSET:
            field_dict["year"] = year
        if term is not UNSET:
            field_dict["term"] = term
        if document is not UNSET:
            field_dict["document"] = document
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if modifiable is not UNSET and not _in_request:
            field_dict["modifiable"] = modifiable
        if requires_control is not UNSET:
            field_dict["requiresControl"] = requires_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Reconciliation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

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

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_document(_tx_v: Any) -> Document | Unset:
            _document = _tx_v
            document: Document | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = Document._tx_from_json(_document)

            return document

        def _p_type_(_tx_v: Any) -> ReconciliationType | Unset:
            _type_ = _tx_v
            type_: ReconciliationType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ReconciliationType(_type_)

            return type_

        def _p_status(_tx_v: Any) -> ReconciliationStatus | Unset:
            _status = _tx_v
            status: ReconciliationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ReconciliationStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "customer",
                "year",
                "term",
                "document",
                "type",
                "status",
                "startDate",
                "endDate",
                "modifiable",
                "requiresControl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "customer": ("customer", _p_customer),
            "year": ("year", None),
            "term": ("term", None),
            "document": ("document", _p_document),
            "type_": ("type", _p_type_),
            "status": ("status", _p_status),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "modifiable": ("modifiable", None),
            "requires_control": ("requiresControl", None),
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
