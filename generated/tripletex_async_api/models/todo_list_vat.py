from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListVat")


@_attrs_define
class TodoListVat(Model):
    """
    Attributes:
        item_identifier (int | Unset):
        customer_id (int | Unset):
        client_name (str | Unset):
        client_company_id (int | Unset):
        account_manager_name (str | Unset):
        account_manager_id (int | Unset):
        custom_account_manager_name (str | Unset):
        custom_account_manager_id (int | Unset):
        status (TodoListItemStatus | Unset):
        custom_status (TodoListItemStatus | Unset):
        due_date (str | Unset):
        custom_due_date (str | Unset):
        period_start (str | Unset):
        period (str | Unset):
        year (int | Unset):
        url (str | Unset):
    """

    item_identifier: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_company_id: int | Unset = UNSET
    account_manager_name: str | Unset = UNSET
    account_manager_id: int | Unset = UNSET
    custom_account_manager_name: str | Unset = UNSET
    custom_account_manager_id: int | Unset = UNSET
    status: TodoListItemStatus | Unset = UNSET
    custom_status: TodoListItemStatus | Unset = UNSET
    due_date: str | Unset = UNSET
    custom_due_date: str | Unset = UNSET
    period_start: str | Unset = UNSET
    period: str | Unset = UNSET
    year: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.item_identifier
        if _v is not UNSET and not _in_request:
            field_dict["itemIdentifier"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.client_name
        if _v is not UNSET and not _in_request:
            field_dict["clientName"] = _v
        _v = self.client_company_id
        if _v is not UNSET and not _in_request:
            field_dict["clientCompanyId"] = _v
        _v = self.account_manager_name
        if _v is not UNSET and not _in_request:
            field_dict["accountManagerName"] = _v
        _v = self.account_manager_id
        if _v is not UNSET and not _in_request:
            field_dict["accountManagerId"] = _v
        _v = self.custom_account_manager_name
        if _v is not UNSET and not _in_request:
            field_dict["customAccountManagerName"] = _v
        _v = self.custom_account_manager_id
        if _v is not UNSET and not _in_request:
            field_dict["customAccountManagerId"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v.to_dict()
        _v = self.custom_status
        if _v is not UNSET:
            field_dict["customStatus"] = _v.to_dict()
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.custom_due_date
        if _v is not UNSET and not _in_request:
            field_dict["customDueDate"] = _v
        _v = self.period_start
        if _v is not UNSET and not _in_request:
            field_dict["periodStart"] = _v
        _v = self.period
        if _v is not UNSET and not _in_request:
            field_dict["period"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TodoListVat from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TodoListVat.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "itemIdentifier",
                "customerId",
                "clientName",
                "clientCompanyId",
                "accountManagerName",
                "accountManagerId",
                "customAccountManagerName",
                "customAccountManagerId",
                "status",
                "customStatus",
                "dueDate",
                "customDueDate",
                "periodStart",
                "period",
                "year",
                "url",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "itemIdentifier": "item_identifier",
            "customerId": "customer_id",
            "clientName": "client_name",
            "clientCompanyId": "client_company_id",
            "accountManagerName": "account_manager_name",
            "accountManagerId": "account_manager_id",
            "customAccountManagerName": "custom_account_manager_name",
            "customAccountManagerId": "custom_account_manager_id",
            "dueDate": "due_date",
            "customDueDate": "custom_due_date",
            "periodStart": "period_start",
            "period": "period",
            "year": "year",
            "url": "url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.item_identifier = o.customer_id = o.client_name = o.client_company_id = o.account_manager_name = (
                        o.account_manager_id
                    ) = o.custom_account_manager_name = o.custom_account_manager_id = o.status = o.custom_status = (
                        o.due_date
                    ) = o.custom_due_date = o.period_start = o.period = o.year = o.url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("itemIdentifier")
                if v is None:
                    o.item_identifier = u
                    if "itemIdentifier" not in d:
                        m += 1
                else:
                    o.item_identifier = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("clientName")
                if v is None:
                    o.client_name = u
                    if "clientName" not in d:
                        m += 1
                else:
                    o.client_name = v
                v = g("clientCompanyId")
                if v is None:
                    o.client_company_id = u
                    if "clientCompanyId" not in d:
                        m += 1
                else:
                    o.client_company_id = v
                v = g("accountManagerName")
                if v is None:
                    o.account_manager_name = u
                    if "accountManagerName" not in d:
                        m += 1
                else:
                    o.account_manager_name = v
                v = g("accountManagerId")
                if v is None:
                    o.account_manager_id = u
                    if "accountManagerId" not in d:
                        m += 1
                else:
                    o.account_manager_id = v
                v = g("customAccountManagerName")
                if v is None:
                    o.custom_account_manager_name = u
                    if "customAccountManagerName" not in d:
                        m += 1
                else:
                    o.custom_account_manager_name = v
                v = g("customAccountManagerId")
                if v is None:
                    o.custom_account_manager_id = u
                    if "customAccountManagerId" not in d:
                        m += 1
                else:
                    o.custom_account_manager_id = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = TodoListItemStatus._tx_parse(v)
                k = "customStatus"
                v = g("customStatus")
                if v is None:
                    o.custom_status = u
                    if "customStatus" not in d:
                        m += 1
                else:
                    o.custom_status = TodoListItemStatus._tx_parse(v)
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                v = g("customDueDate")
                if v is None:
                    o.custom_due_date = u
                    if "customDueDate" not in d:
                        m += 1
                else:
                    o.custom_due_date = v
                v = g("periodStart")
                if v is None:
                    o.period_start = u
                    if "periodStart" not in d:
                        m += 1
                else:
                    o.period_start = v
                v = g("period")
                if v is None:
                    o.period = u
                    if "period" not in d:
                        m += 1
                else:
                    o.period = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("item_identifier", "itemIdentifier"),
            ("customer_id", "customerId"),
            ("client_name", "clientName"),
            ("client_company_id", "clientCompanyId"),
            ("account_manager_name", "accountManagerName"),
            ("account_manager_id", "accountManagerId"),
            ("custom_account_manager_name", "customAccountManagerName"),
            ("custom_account_manager_id", "customAccountManagerId"),
            ("status", "status"),
            ("custom_status", "customStatus"),
            ("due_date", "dueDate"),
            ("custom_due_date", "customDueDate"),
            ("period_start", "periodStart"),
            ("period", "period"),
            ("year", "year"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.item_identifier
            o.item_identifier = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.client_name
            o.client_name = u if v is None else v
            v = s.client_company_id
            o.client_company_id = u if v is None else v
            v = s.account_manager_name
            o.account_manager_name = u if v is None else v
            v = s.account_manager_id
            o.account_manager_id = u if v is None else v
            v = s.custom_account_manager_name
            o.custom_account_manager_name = u if v is None else v
            v = s.custom_account_manager_id
            o.custom_account_manager_id = u if v is None else v
            v = s.status
            o.status = u if v is None or v is u else TodoListItemStatus._tx_parse(v)
            v = s.custom_status
            o.custom_status = u if v is None or v is u else TodoListItemStatus._tx_parse(v)
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.custom_due_date
            o.custom_due_date = u if v is None else v
            v = s.period_start
            o.period_start = u if v is None else v
            v = s.period
            o.period = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.url
            o.url = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
