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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.general_ledger_posting import GeneralLedgerPosting


T = TypeVar("T", bound="GeneralLedgerCloseGroup")


@_attrs_define
class GeneralLedgerCloseGroup(Model):
    """
    Attributes:
        close_group_postings (list[GeneralLedgerPosting] | Unset):
        closed_by_identifier (str | Unset):
        closed_time (str | Unset):
        closed_by_actual_employee_name (str | Unset):
        closed_by_external_accountant (bool | Unset):
    """

    close_group_postings: list[GeneralLedgerPosting] | Unset = UNSET
    closed_by_identifier: str | Unset = UNSET
    closed_time: str | Unset = UNSET
    closed_by_actual_employee_name: str | Unset = UNSET
    closed_by_external_accountant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.close_group_postings
        if _v is not UNSET and not _in_request:
            field_dict["closeGroupPostings"] = [_e.to_dict() for _e in _v]
        _v = self.closed_by_identifier
        if _v is not UNSET and not _in_request:
            field_dict["closedByIdentifier"] = _v
        _v = self.closed_time
        if _v is not UNSET and not _in_request:
            field_dict["closedTime"] = _v
        _v = self.closed_by_actual_employee_name
        if _v is not UNSET and not _in_request:
            field_dict["closedByActualEmployeeName"] = _v
        _v = self.closed_by_external_accountant
        if _v is not UNSET and not _in_request:
            field_dict["closedByExternalAccountant"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerCloseGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralLedgerCloseGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.general_ledger_posting import GeneralLedgerPosting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "closeGroupPostings",
                "closedByIdentifier",
                "closedTime",
                "closedByActualEmployeeName",
                "closedByExternalAccountant",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "closeGroupPostings"
                v = g("closeGroupPostings")
                if v is None:
                    o.close_group_postings = u
                    if "closeGroupPostings" not in d:
                        m += 1
                else:
                    o.close_group_postings = (
                        ([GeneralLedgerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("closedByIdentifier")
                if v is None:
                    o.closed_by_identifier = u
                    if "closedByIdentifier" not in d:
                        m += 1
                else:
                    o.closed_by_identifier = v
                v = g("closedTime")
                if v is None:
                    o.closed_time = u
                    if "closedTime" not in d:
                        m += 1
                else:
                    o.closed_time = v
                v = g("closedByActualEmployeeName")
                if v is None:
                    o.closed_by_actual_employee_name = u
                    if "closedByActualEmployeeName" not in d:
                        m += 1
                else:
                    o.closed_by_actual_employee_name = v
                v = g("closedByExternalAccountant")
                if v is None:
                    o.closed_by_external_accountant = u
                    if "closedByExternalAccountant" not in d:
                        m += 1
                else:
                    o.closed_by_external_accountant = v
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
            ("close_group_postings", "closeGroupPostings"),
            ("closed_by_identifier", "closedByIdentifier"),
            ("closed_time", "closedTime"),
            ("closed_by_actual_employee_name", "closedByActualEmployeeName"),
            ("closed_by_external_accountant", "closedByExternalAccountant"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.close_group_postings
            o.close_group_postings = (
                u
                if v is None or v is u
                else ([GeneralLedgerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.closed_by_identifier
            o.closed_by_identifier = u if v is None else v
            v = s.closed_time
            o.closed_time = u if v is None else v
            v = s.closed_by_actual_employee_name
            o.closed_by_actual_employee_name = u if v is None else v
            v = s.closed_by_external_accountant
            o.closed_by_external_accountant = u if v is None else v
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
