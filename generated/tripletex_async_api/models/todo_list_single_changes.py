from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_single_changes_type import TodoListSingleChangesType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListSingleChanges")


@_attrs_define
class TodoListSingleChanges(Model):
    """
    Attributes:
        type_ (TodoListSingleChangesType | Unset):
        customer_id (int | Unset):
        period_start (str | Unset): The start period
        original_date (str | Unset): The original date
        custom_date (str | Unset): The customized date
        original_account_manager_id (int | Unset):
        custom_account_manager_id (int | Unset):
        original_status (TodoListItemStatus | Unset):
        custom_status (TodoListItemStatus | Unset):
    """

    type_: TodoListSingleChangesType | Unset = UNSET
    customer_id: int | Unset = UNSET
    period_start: str | Unset = UNSET
    original_date: str | Unset = UNSET
    custom_date: str | Unset = UNSET
    original_account_manager_id: int | Unset = UNSET
    custom_account_manager_id: int | Unset = UNSET
    original_status: TodoListItemStatus | Unset = UNSET
    custom_status: TodoListItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.period_start
        if _v is not UNSET:
            field_dict["periodStart"] = _v
        _v = self.original_date
        if _v is not UNSET:
            field_dict["originalDate"] = _v
        _v = self.custom_date
        if _v is not UNSET:
            field_dict["customDate"] = _v
        _v = self.original_account_manager_id
        if _v is not UNSET:
            field_dict["originalAccountManagerId"] = _v
        _v = self.custom_account_manager_id
        if _v is not UNSET:
            field_dict["customAccountManagerId"] = _v
        _v = self.original_status
        if _v is not UNSET:
            field_dict["originalStatus"] = _v.to_dict()
        _v = self.custom_status
        if _v is not UNSET:
            field_dict["customStatus"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TodoListSingleChanges from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TodoListSingleChanges.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(TodoListSingleChangesType)
        _known: frozenset[str] = frozenset(
            (
                "type",
                "customerId",
                "periodStart",
                "originalDate",
                "customDate",
                "originalAccountManagerId",
                "customAccountManagerId",
                "originalStatus",
                "customStatus",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "customerId": "customer_id",
            "periodStart": "period_start",
            "originalDate": "original_date",
            "customDate": "custom_date",
            "originalAccountManagerId": "original_account_manager_id",
            "customAccountManagerId": "custom_account_manager_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.type_ = o.customer_id = o.period_start = o.original_date = o.custom_date = (
                        o.original_account_manager_id
                    ) = o.custom_account_manager_id = o.original_status = o.custom_status = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(TodoListSingleChangesType, v)
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("periodStart")
                if v is None:
                    o.period_start = u
                    if "periodStart" not in d:
                        m += 1
                else:
                    o.period_start = v
                v = g("originalDate")
                if v is None:
                    o.original_date = u
                    if "originalDate" not in d:
                        m += 1
                else:
                    o.original_date = v
                v = g("customDate")
                if v is None:
                    o.custom_date = u
                    if "customDate" not in d:
                        m += 1
                else:
                    o.custom_date = v
                v = g("originalAccountManagerId")
                if v is None:
                    o.original_account_manager_id = u
                    if "originalAccountManagerId" not in d:
                        m += 1
                else:
                    o.original_account_manager_id = v
                v = g("customAccountManagerId")
                if v is None:
                    o.custom_account_manager_id = u
                    if "customAccountManagerId" not in d:
                        m += 1
                else:
                    o.custom_account_manager_id = v
                k = "originalStatus"
                v = g("originalStatus")
                if v is None:
                    o.original_status = u
                    if "originalStatus" not in d:
                        m += 1
                else:
                    o.original_status = TodoListItemStatus._tx_parse(v)
                k = "customStatus"
                v = g("customStatus")
                if v is None:
                    o.custom_status = u
                    if "customStatus" not in d:
                        m += 1
                else:
                    o.custom_status = TodoListItemStatus._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("type_", "type"),
            ("customer_id", "customerId"),
            ("period_start", "periodStart"),
            ("original_date", "originalDate"),
            ("custom_date", "customDate"),
            ("original_account_manager_id", "originalAccountManagerId"),
            ("custom_account_manager_id", "customAccountManagerId"),
            ("original_status", "originalStatus"),
            ("custom_status", "customStatus"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(TodoListSingleChangesType, v)
            )
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.period_start
            o.period_start = u if v is None else v
            v = s.original_date
            o.original_date = u if v is None else v
            v = s.custom_date
            o.custom_date = u if v is None else v
            v = s.original_account_manager_id
            o.original_account_manager_id = u if v is None else v
            v = s.custom_account_manager_id
            o.custom_account_manager_id = u if v is None else v
            v = s.original_status
            o.original_status = u if v is None or v is u else TodoListItemStatus._tx_parse(v)
            v = s.custom_status
            o.custom_status = u if v is None or v is u else TodoListItemStatus._tx_parse(v)
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
