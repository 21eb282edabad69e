from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_recon_aggr_context_reconciliation_types_item import SalaryReconAggrContextReconciliationTypesItem
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
    from ..models.reconciliation import Reconciliation
    from ..models.reconciliation_control import ReconciliationControl


T = TypeVar("T", bound="SalaryReconAggrContext")


@_attrs_define
class SalaryReconAggrContext(Model):
    """
    Attributes:
        reconciliations (list[Reconciliation] | Unset): Reconciliations included in this aggregation
        reconciliation_controls (list[ReconciliationControl] | Unset): Reconciliation controls for the aggregated
            reconciliations
        requires_control (bool | Unset): Any of the aggregated reconciliations that has been marked as requires control
        reconciliation_types (list[SalaryReconAggrContextReconciliationTypesItem] | Unset): The reconciliation types
            involved in this aggregation
    """

    reconciliations: list[Reconciliation] | Unset = UNSET
    reconciliation_controls: list[ReconciliationControl] | Unset = UNSET
    requires_control: bool | Unset = UNSET
    reconciliation_types: list[SalaryReconAggrContextReconciliationTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.reconciliations
        if _v is not UNSET and not _in_request:
            field_dict["reconciliations"] = [_e.to_dict() for _e in _v]
        _v = self.reconciliation_controls
        if _v is not UNSET and not _in_request:
            field_dict["reconciliationControls"] = [_e.to_dict() for _e in _v]
        _v = self.requires_control
        if _v is not UNSET and not _in_request:
            field_dict["requiresControl"] = _v
        _v = self.reconciliation_types
        if _v is not UNSET and not _in_request:
            field_dict["reconciliationTypes"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryReconAggrContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryReconAggrContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.reconciliation import Reconciliation  # noqa: PLC0415
        from ..models.reconciliation_control import ReconciliationControl  # noqa: PLC0415

        _new = object.__new__
        _e_reconciliation_types: dict[Any, Any] = enum_members(SalaryReconAggrContextReconciliationTypesItem)
        _known: frozenset[str] = frozenset(
            (
                "reconciliations",
                "reconciliationControls",
                "requiresControl",
                "reconciliationTypes",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "reconciliations"
                v = g("reconciliations")
                if v is None:
                    o.reconciliations = u
                    if "reconciliations" not in d:
                        m += 1
                else:
                    o.reconciliations = (
                        ([Reconciliation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "reconciliationControls"
                v = g("reconciliationControls")
                if v is None:
                    o.reconciliation_controls = u
                    if "reconciliationControls" not in d:
                        m += 1
                else:
                    o.reconciliation_controls = (
                        ([ReconciliationControl._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("requiresControl")
                if v is None:
                    o.requires_control = u
                    if "requiresControl" not in d:
                        m += 1
                else:
                    o.requires_control = v
                k = "reconciliationTypes"
                v = g("reconciliationTypes")
                if v is None:
                    o.reconciliation_types = u
                    if "reconciliationTypes" not in d:
                        m += 1
                else:
                    o.reconciliation_types = (
                        (
                            [
                                e_
                                if (e_ := _e_reconciliation_types.get(e)) is not None
                                else enum_value(SalaryReconAggrContextReconciliationTypesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("reconciliations", "reconciliations"),
            ("reconciliation_controls", "reconciliationControls"),
            ("requires_control", "requiresControl"),
            ("reconciliation_types", "reconciliationTypes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.reconciliations
            o.reconciliations = (
                u
                if v is None or v is u
                else ([Reconciliation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.reconciliation_controls
            o.reconciliation_controls = (
                u
                if v is None or v is u
                else ([ReconciliationControl._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.requires_control
            o.requires_control = u if v is None else v
            v = s.reconciliation_types
            o.reconciliation_types = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_reconciliation_types.get(e)) is not None
                        else enum_value(SalaryReconAggrContextReconciliationTypesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
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
