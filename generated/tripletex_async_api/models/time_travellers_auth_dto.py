from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TimeTravellersAuthDTO")


@_attrs_define
class TimeTravellersAuthDTO(Model):
    """
    Attributes:
        is_proxy (bool | Unset):
        is_auth_create (bool | Unset):
        auth_level_wage (int | Unset):
        auth_level_expense (int | Unset):
        is_auth_expense_settings (bool | Unset):
        is_project_manager_on_any_project (bool | Unset):
    """

    is_proxy: bool | Unset = UNSET
    is_auth_create: bool | Unset = UNSET
    auth_level_wage: int | Unset = UNSET
    auth_level_expense: int | Unset = UNSET
    is_auth_expense_settings: bool | Unset = UNSET
    is_project_manager_on_any_project: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.is_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isProxy"] = _v
        _v = self.is_auth_create
        if _v is not UNSET and not _in_request:
            field_dict["isAuthCreate"] = _v
        _v = self.auth_level_wage
        if _v is not UNSET and not _in_request:
            field_dict["authLevelWage"] = _v
        _v = self.auth_level_expense
        if _v is not UNSET and not _in_request:
            field_dict["authLevelExpense"] = _v
        _v = self.is_auth_expense_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthExpenseSettings"] = _v
        _v = self.is_project_manager_on_any_project
        if _v is not UNSET and not _in_request:
            field_dict["isProjectManagerOnAnyProject"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimeTravellersAuthDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimeTravellersAuthDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "isProxy",
                "isAuthCreate",
                "authLevelWage",
                "authLevelExpense",
                "isAuthExpenseSettings",
                "isProjectManagerOnAnyProject",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isProxy")
                if v is None:
                    o.is_proxy = u
                    if "isProxy" not in d:
                        m += 1
                else:
                    o.is_proxy = v
                v = g("isAuthCreate")
                if v is None:
                    o.is_auth_create = u
                    if "isAuthCreate" not in d:
                        m += 1
                else:
                    o.is_auth_create = v
                v = g("authLevelWage")
                if v is None:
                    o.auth_level_wage = u
                    if "authLevelWage" not in d:
                        m += 1
                else:
                    o.auth_level_wage = v
                v = g("authLevelExpense")
                if v is None:
                    o.auth_level_expense = u
                    if "authLevelExpense" not in d:
                        m += 1
                else:
                    o.auth_level_expense = v
                v = g("isAuthExpenseSettings")
                if v is None:
                    o.is_auth_expense_settings = u
                    if "isAuthExpenseSettings" not in d:
                        m += 1
                else:
                    o.is_auth_expense_settings = v
                v = g("isProjectManagerOnAnyProject")
                if v is None:
                    o.is_project_manager_on_any_project = u
                    if "isProjectManagerOnAnyProject" not in d:
                        m += 1
                else:
                    o.is_project_manager_on_any_project = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("is_proxy", "isProxy"),
            ("is_auth_create", "isAuthCreate"),
            ("auth_level_wage", "authLevelWage"),
            ("auth_level_expense", "authLevelExpense"),
            ("is_auth_expense_settings", "isAuthExpenseSettings"),
            ("is_project_manager_on_any_project", "isProjectManagerOnAnyProject"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_proxy
            o.is_proxy = u if v is None else v
            v = s.is_auth_create
            o.is_auth_create = u if v is None else v
            v = s.auth_level_wage
            o.auth_level_wage = u if v is None else v
            v = s.auth_level_expense
            o.auth_level_expense = u if v is None else v
            v = s.is_auth_expense_settings
            o.is_auth_expense_settings = u if v is None else v
            v = s.is_project_manager_on_any_project
            o.is_project_manager_on_any_project = u if v is None else v
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
