from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_expanded_detail_category import TodoListExpandedDetailCategory
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


T = TypeVar("T", bound="TodoListExpandedDetail")


@_attrs_define
class TodoListExpandedDetail(Model):
    """
    Attributes:
        category (TodoListExpandedDetailCategory | Unset):
        description (str | Unset):
        status (TodoListItemStatus | Unset):
        url (str | Unset):
    """

    category: TodoListExpandedDetailCategory | Unset = UNSET
    description: str | Unset = UNSET
    status: TodoListItemStatus | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.category
        if _v is not UNSET:
            field_dict["category"] = _v._value_
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v.to_dict()
        _v = self.url
        if _v is not UNSET:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TodoListExpandedDetail from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TodoListExpandedDetail.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        _new = object.__new__
        _e_category: dict[Any, Any] = enum_members(TodoListExpandedDetailCategory)
        _known: frozenset[str] = frozenset(
            (
                "category",
                "description",
                "status",
                "url",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "category"
                v = g("category")
                if v is None:
                    o.category = u
                    if "category" not in d:
                        m += 1
                else:
                    o.category = (
                        e_ if (e_ := _e_category.get(v)) is not None else enum_value(TodoListExpandedDetailCategory, v)
                    )
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = TodoListItemStatus._tx_parse(v)
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("category", "category"),
            ("description", "description"),
            ("status", "status"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.category
            o.category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_category.get(v)) is not None
                else enum_value(TodoListExpandedDetailCategory, v)
            )
            v = s.description
            o.description = u if v is None else v
            v = s.status
            o.status = u if v is None or v is u else TodoListItemStatus._tx_parse(v)
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
