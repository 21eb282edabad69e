from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_status import ReconciliationStatus
from ..models.reconciliation_type import ReconciliationType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer import Customer
    from ..models.document import Document


T = TypeVar("T", bound="Reconciliation")


@_attrs_define
class Reconciliation:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

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

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        year = d.pop("year", UNSET)

        term = d.pop("term", UNSET)

        _document = d.pop("document", UNSET)
        document: Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = Document.from_dict(_document)

        _type_ = d.pop("type", UNSET)
        type_: ReconciliationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReconciliationType(_type_)

        _status = d.pop("status", UNSET)
        status: ReconciliationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReconciliationStatus(_status)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        modifiable = d.pop("modifiable", UNSET)

        requires_control = d.pop("requiresControl", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            customer=customer,
            year=year,
            term=term,
            document=document,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            modifiable=modifiable,
            requires_control=requires_control,
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
