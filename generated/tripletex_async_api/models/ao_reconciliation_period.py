from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ao_reconciliation_period_reconciliation_group import AOReconciliationPeriodReconciliationGroup
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.reconciliation import Reconciliation


T = TypeVar("T", bound="AOReconciliationPeriod")


@_attrs_define
class AOReconciliationPeriod(Model):
    """The VAT period the data belongs to

    Attributes:
        term_number (int | Unset): The term number for this period Example: 1.
        start_date (str | Unset): The terms available for the given year Example: 2025-01-01.
        end_date (str | Unset): The terms available for the given year Example: 2025-03-01.
        pending (bool | Unset): Whether or not this term is pending reconciliation Example: True.
        reconciliation (Reconciliation | Unset): The reconciliation status of this term Example: COMPLETED.
        reconciliation_group (AOReconciliationPeriodReconciliationGroup | Unset): The reconciliation type predicted on
            this term Example: BALANCE.
    """

    term_number: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    pending: bool | Unset = UNSET
    reconciliation: Reconciliation | Unset = UNSET
    reconciliation_group: AOReconciliationPeriodReconciliationGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.term_number
        if _v is not UNSET and not _in_request:
            field_dict["termNumber"] = _v
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.pending
        if _v is not UNSET and not _in_request:
            field_dict["pending"] = _v
        _v = self.reconciliation
        if _v is not UNSET:
            field_dict["reconciliation"] = _v.to_dict()
        _v = self.reconciliation_group
        if _v is not UNSET and not _in_request:
            field_dict["reconciliationGroup"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AOReconciliationPeriod from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AOReconciliationPeriod.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.reconciliation import Reconciliation  # noqa: PLC0415

        _new = object.__new__
        _e_reconciliation_group: dict[Any, Any] = enum_members(AOReconciliationPeriodReconciliationGroup)
        _known: frozenset[str] = frozenset(
            (
                "termNumber",
                "startDate",
                "endDate",
                "pending",
                "reconciliation",
                "reconciliationGroup",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("termNumber")
                if v is None:
                    o.term_number = u
                    if "termNumber" not in d:
                        m += 1
                else:
                    o.term_number = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("pending")
                if v is None:
                    o.pending = u
                    if "pending" not in d:
                        m += 1
                else:
                    o.pending = v
                k = "reconciliation"
                v = g("reconciliation")
                if v is None:
                    o.reconciliation = u
                    if "reconciliation" not in d:
                        m += 1
                else:
                    o.reconciliation = Reconciliation._tx_parse(v)
                k = "reconciliationGroup"
                v = g("reconciliationGroup")
                if v is None:
                    o.reconciliation_group = u
                    if "reconciliationGroup" not in d:
                        m += 1
                else:
                    o.reconciliation_group = (
                        e_
                        if (e_ := _e_reconciliation_group.get(v)) is not None
                        else enum_value(AOReconciliationPeriodReconciliationGroup, v)
                    )
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
            ("term_number", "termNumber"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("pending", "pending"),
            ("reconciliation", "reconciliation"),
            ("reconciliation_group", "reconciliationGroup"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.term_number
            o.term_number = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.pending
            o.pending = u if v is None else v
            v = s.reconciliation
            o.reconciliation = u if v is None or v is u else Reconciliation._tx_parse(v)
            v = s.reconciliation_group
            o.reconciliation_group = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_reconciliation_group.get(v)) is not None
                else enum_value(AOReconciliationPeriodReconciliationGroup, v)
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
