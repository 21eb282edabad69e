from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accountant_client_access_category_model_access_level import AccountantClientAccessCategoryModelAccessLevel
from ..models.accountant_client_access_category_model_category import AccountantClientAccessCategoryModelCategory
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.accountant_client_access_role import AccountantClientAccessRole


T = TypeVar("T", bound="AccountantClientAccessCategoryModel")


@_attrs_define
class AccountantClientAccessCategoryModel(Model):
    """
    Attributes:
        category (AccountantClientAccessCategoryModelCategory | Unset):
        description (str | Unset):
        access_level (AccountantClientAccessCategoryModelAccessLevel | Unset):
        has_received_aggregated_access (bool | Unset):
        roles (list[AccountantClientAccessRole] | Unset):
    """

    category: AccountantClientAccessCategoryModelCategory | Unset = UNSET
    description: str | Unset = UNSET
    access_level: AccountantClientAccessCategoryModelAccessLevel | Unset = UNSET
    has_received_aggregated_access: bool | Unset = UNSET
    roles: list[AccountantClientAccessRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.category
        if _v is not UNSET and not _in_request:
            field_dict["category"] = _v._value_
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.access_level
        if _v is not UNSET and not _in_request:
            field_dict["accessLevel"] = _v._value_
        _v = self.has_received_aggregated_access
        if _v is not UNSET and not _in_request:
            field_dict["hasReceivedAggregatedAccess"] = _v
        _v = self.roles
        if _v is not UNSET and not _in_request:
            field_dict["roles"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantClientAccessCategoryModel from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountantClientAccessCategoryModel.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accountant_client_access_role import AccountantClientAccessRole  # noqa: PLC0415

        _new = object.__new__
        _e_category: dict[Any, Any] = enum_members(AccountantClientAccessCategoryModelCategory)
        _e_access_level: dict[Any, Any] = enum_members(AccountantClientAccessCategoryModelAccessLevel)
        _known: frozenset[str] = frozenset(
            (
                "category",
                "description",
                "accessLevel",
                "hasReceivedAggregatedAccess",
                "roles",
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
                        e_
                        if (e_ := _e_category.get(v)) is not None
                        else enum_value(AccountantClientAccessCategoryModelCategory, v)
                    )
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "accessLevel"
                v = g("accessLevel")
                if v is None:
                    o.access_level = u
                    if "accessLevel" not in d:
                        m += 1
                else:
                    o.access_level = (
                        e_
                        if (e_ := _e_access_level.get(v)) is not None
                        else enum_value(AccountantClientAccessCategoryModelAccessLevel, v)
                    )
                v = g("hasReceivedAggregatedAccess")
                if v is None:
                    o.has_received_aggregated_access = u
                    if "hasReceivedAggregatedAccess" not in d:
                        m += 1
                else:
                    o.has_received_aggregated_access = v
                k = "roles"
                v = g("roles")
                if v is None:
                    o.roles = u
                    if "roles" not in d:
                        m += 1
                else:
                    o.roles = (
                        ([AccountantClientAccessRole._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("category", "category"),
            ("description", "description"),
            ("access_level", "accessLevel"),
            ("has_received_aggregated_access", "hasReceivedAggregatedAccess"),
            ("roles", "roles"),
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
                else enum_value(AccountantClientAccessCategoryModelCategory, v)
            )
            v = s.description
            o.description = u if v is None else v
            v = s.access_level
            o.access_level = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_level.get(v)) is not None
                else enum_value(AccountantClientAccessCategoryModelAccessLevel, v)
            )
            v = s.has_received_aggregated_access
            o.has_received_aggregated_access = u if v is None else v
            v = s.roles
            o.roles = (
                u
                if v is None or v is u
                else ([AccountantClientAccessRole._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
