from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_posting_suggestion_scenario import AutoPostingSuggestionScenario
from ..models.auto_posting_suggestion_status import AutoPostingSuggestionStatus
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
    from ..models.change import Change
    from ..models.reconciliation_entry import ReconciliationEntry


T = TypeVar("T", bound="AutoPostingSuggestion")


@_attrs_define
class AutoPostingSuggestion(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        bank_transaction_id (int | Unset): The bank transaction ID
        bank_reconciliation_id (int | Unset): The bank reconciliation ID
        scenario (AutoPostingSuggestionScenario | Unset): The autoposting scenario
        status (AutoPostingSuggestionStatus | Unset): The status of the suggestion
        transaction_entry (ReconciliationEntry | Unset): List of entries in this group.
        matched_entry (ReconciliationEntry | Unset): List of entries in this group.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    bank_transaction_id: int | Unset = UNSET
    bank_reconciliation_id: int | Unset = UNSET
    scenario: AutoPostingSuggestionScenario | Unset = UNSET
    status: AutoPostingSuggestionStatus | Unset = UNSET
    transaction_entry: ReconciliationEntry | Unset = UNSET
    matched_entry: ReconciliationEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.bank_transaction_id
        if _v is not UNSET and not _in_request:
            field_dict["bankTransactionId"] = _v
        _v = self.bank_reconciliation_id
        if _v is not UNSET and not _in_request:
            field_dict["bankReconciliationId"] = _v
        _v = self.scenario
        if _v is not UNSET and not _in_request:
            field_dict["scenario"] = _v._value_
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.transaction_entry
        if _v is not UNSET:
            field_dict["transactionEntry"] = _v.to_dict()
        _v = self.matched_entry
        if _v is not UNSET:
            field_dict["matchedEntry"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPostingSuggestion from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutoPostingSuggestion.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.reconciliation_entry import ReconciliationEntry  # noqa: PLC0415

        _new = object.__new__
        _e_scenario: dict[Any, Any] = enum_members(AutoPostingSuggestionScenario)
        _e_status: dict[Any, Any] = enum_members(AutoPostingSuggestionStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "bankTransactionId",
                "bankReconciliationId",
                "scenario",
                "status",
                "transactionEntry",
                "matchedEntry",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "bankTransactionId": "bank_transaction_id",
            "bankReconciliationId": "bank_reconciliation_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.bank_transaction_id = o.bank_reconciliation_id = (
                        o.scenario
                    ) = o.status = o.transaction_entry = o.matched_entry = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.bank_transaction_id = o.bank_reconciliation_id = (
                        o.scenario
                    ) = o.status = o.transaction_entry = o.matched_entry = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("bankTransactionId")
                if v is None:
                    o.bank_transaction_id = u
                    if "bankTransactionId" not in d:
                        m += 1
                else:
                    o.bank_transaction_id = v
                v = g("bankReconciliationId")
                if v is None:
                    o.bank_reconciliation_id = u
                    if "bankReconciliationId" not in d:
                        m += 1
                else:
                    o.bank_reconciliation_id = v
                k = "scenario"
                v = g("scenario")
                if v is None:
                    o.scenario = u
                    if "scenario" not in d:
                        m += 1
                else:
                    o.scenario = (
                        e_ if (e_ := _e_scenario.get(v)) is not None else enum_value(AutoPostingSuggestionScenario, v)
                    )
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_ if (e_ := _e_status.get(v)) is not None else enum_value(AutoPostingSuggestionStatus, v)
                    )
                k = "transactionEntry"
                v = g("transactionEntry")
                if v is None:
                    o.transaction_entry = u
                    if "transactionEntry" not in d:
                        m += 1
                else:
                    o.transaction_entry = ReconciliationEntry._tx_parse(v)
                k = "matchedEntry"
                v = g("matchedEntry")
                if v is None:
                    o.matched_entry = u
                    if "matchedEntry" not in d:
                        m += 1
                else:
                    o.matched_entry = ReconciliationEntry._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("bank_transaction_id", "bankTransactionId"),
            ("bank_reconciliation_id", "bankReconciliationId"),
            ("scenario", "scenario"),
            ("status", "status"),
            ("transaction_entry", "transactionEntry"),
            ("matched_entry", "matchedEntry"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.bank_transaction_id
            o.bank_transaction_id = u if v is None else v
            v = s.bank_reconciliation_id
            o.bank_reconciliation_id = u if v is None else v
            v = s.scenario
            o.scenario = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_scenario.get(v)) is not None
                else enum_value(AutoPostingSuggestionScenario, v)
            )
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(AutoPostingSuggestionStatus, v)
            )
            v = s.transaction_entry
            o.transaction_entry = u if v is None or v is u else ReconciliationEntry._tx_parse(v)
            v = s.matched_entry
            o.matched_entry = u if v is None or v is u else ReconciliationEntry._tx_parse(v)
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
