from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_report_type import VatReturns2022ReportType
from ..models.vat_returns_2022_status import VatReturns2022Status
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
    from ..models.altinn_instance import AltinnInstance
    from ..models.change import Change
    from ..models.vat_specification_group import VatSpecificationGroup
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VatReturns2022")


@_attrs_define
class VatReturns2022(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        start (str | Unset):
        end (str | Unset):
        year (int | Unset):
        vat_term_number (int | Unset):
        display_name (str | Unset):
        closed_date (str | Unset):
        status (VatReturns2022Status | Unset): The current instance status of the vatReturns.
        user_comment (str | Unset):
        structured_comment (str | Unset):
        vat_groups (list[VatSpecificationGroup] | Unset):
        voucher (Voucher | Unset):
        altinn_metadata (AltinnInstance | Unset):
        receipt_id (int | Unset): Attachment for vat return
        total_amount_vat_to_pay (float | Unset):
        remaining_amount_vat_to_pay (float | Unset):
        is_paid (bool | Unset):
        report_type (VatReturns2022ReportType | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    year: int | Unset = UNSET
    vat_term_number: int | Unset = UNSET
    display_name: str | Unset = UNSET
    closed_date: str | Unset = UNSET
    status: VatReturns2022Status | Unset = UNSET
    user_comment: str | Unset = UNSET
    structured_comment: str | Unset = UNSET
    vat_groups: list[VatSpecificationGroup] | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    altinn_metadata: AltinnInstance | Unset = UNSET
    receipt_id: int | Unset = UNSET
    total_amount_vat_to_pay: float | Unset = UNSET
    remaining_amount_vat_to_pay: float | Unset = UNSET
    is_paid: bool | Unset = UNSET
    report_type: VatReturns2022ReportType | Unset = UNSET
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
        _v = self.start
        if _v is not UNSET and not _in_request:
            field_dict["start"] = _v
        _v = self.end
        if _v is not UNSET and not _in_request:
            field_dict["end"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.vat_term_number
        if _v is not UNSET and not _in_request:
            field_dict["vatTermNumber"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.closed_date
        if _v is not UNSET and not _in_request:
            field_dict["closedDate"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.user_comment
        if _v is not UNSET and not _in_request:
            field_dict["userComment"] = _v
        _v = self.structured_comment
        if _v is not UNSET and not _in_request:
            field_dict["structuredComment"] = _v
        _v = self.vat_groups
        if _v is not UNSET and not _in_request:
            field_dict["vatGroups"] = [_e.to_dict() for _e in _v]
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.altinn_metadata
        if _v is not UNSET:
            field_dict["altinnMetadata"] = _v.to_dict()
        _v = self.receipt_id
        if _v is not UNSET and not _in_request:
            field_dict["receiptId"] = _v
        _v = self.total_amount_vat_to_pay
        if _v is not UNSET and not _in_request:
            field_dict["totalAmountVatToPay"] = _v
        _v = self.remaining_amount_vat_to_pay
        if _v is not UNSET and not _in_request:
            field_dict["remainingAmountVatToPay"] = _v
        _v = self.is_paid
        if _v is not UNSET and not _in_request:
            field_dict["isPaid"] = _v
        _v = self.report_type
        if _v is not UNSET and not _in_request:
            field_dict["reportType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturns2022.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.altinn_instance import AltinnInstance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.vat_specification_group import VatSpecificationGroup  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(VatReturns2022Status)
        _e_report_type: dict[Any, Any] = enum_members(VatReturns2022ReportType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "start",
                "end",
                "year",
                "vatTermNumber",
                "displayName",
                "closedDate",
                "status",
                "userComment",
                "structuredComment",
                "vatGroups",
                "voucher",
                "altinnMetadata",
                "receiptId",
                "totalAmountVatToPay",
                "remainingAmountVatToPay",
                "isPaid",
                "reportType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "start": "start",
            "end": "end",
            "year": "year",
            "vatTermNumber": "vat_term_number",
            "displayName": "display_name",
            "closedDate": "closed_date",
            "userComment": "user_comment",
            "structuredComment": "structured_comment",
            "receiptId": "receipt_id",
            "totalAmountVatToPay": "total_amount_vat_to_pay",
            "remainingAmountVatToPay": "remaining_amount_vat_to_pay",
            "isPaid": "is_paid",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.start = o.end = o.year = o.vat_term_number = (
                        o.display_name
                    ) = o.closed_date = o.status = o.user_comment = o.structured_comment = o.vat_groups = o.voucher = (
                        o.altinn_metadata
                    ) = o.receipt_id = o.total_amount_vat_to_pay = o.remaining_amount_vat_to_pay = o.is_paid = (
                        o.report_type
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.start = o.end = o.year = o.vat_term_number = (
                        o.display_name
                    ) = o.closed_date = o.status = o.user_comment = o.structured_comment = o.vat_groups = o.voucher = (
                        o.altinn_metadata
                    ) = o.receipt_id = o.total_amount_vat_to_pay = o.remaining_amount_vat_to_pay = o.is_paid = (
                        o.report_type
                    ) = UNSET
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
                v = g("start")
                if v is None:
                    o.start = u
                    if "start" not in d:
                        m += 1
                else:
                    o.start = v
                v = g("end")
                if v is None:
                    o.end = u
                    if "end" not in d:
                        m += 1
                else:
                    o.end = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("vatTermNumber")
                if v is None:
                    o.vat_term_number = u
                    if "vatTermNumber" not in d:
                        m += 1
                else:
                    o.vat_term_number = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("closedDate")
                if v is None:
                    o.closed_date = u
                    if "closedDate" not in d:
                        m += 1
                else:
                    o.closed_date = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(VatReturns2022Status, v)
                v = g("userComment")
                if v is None:
                    o.user_comment = u
                    if "userComment" not in d:
                        m += 1
                else:
                    o.user_comment = v
                v = g("structuredComment")
                if v is None:
                    o.structured_comment = u
                    if "structuredComment" not in d:
                        m += 1
                else:
                    o.structured_comment = v
                k = "vatGroups"
                v = g("vatGroups")
                if v is None:
                    o.vat_groups = u
                    if "vatGroups" not in d:
                        m += 1
                else:
                    o.vat_groups = (
                        ([VatSpecificationGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "altinnMetadata"
                v = g("altinnMetadata")
                if v is None:
                    o.altinn_metadata = u
                    if "altinnMetadata" not in d:
                        m += 1
                else:
                    o.altinn_metadata = AltinnInstance._tx_parse(v)
                v = g("receiptId")
                if v is None:
                    o.receipt_id = u
                    if "receiptId" not in d:
                        m += 1
                else:
                    o.receipt_id = v
                v = g("totalAmountVatToPay")
                if v is None:
                    o.total_amount_vat_to_pay = u
                    if "totalAmountVatToPay" not in d:
                        m += 1
                else:
                    o.total_amount_vat_to_pay = v
                v = g("remainingAmountVatToPay")
                if v is None:
                    o.remaining_amount_vat_to_pay = u
                    if "remainingAmountVatToPay" not in d:
                        m += 1
                else:
                    o.remaining_amount_vat_to_pay = v
                v = g("isPaid")
                if v is None:
                    o.is_paid = u
                    if "isPaid" not in d:
                        m += 1
                else:
                    o.is_paid = v
                k = "reportType"
                v = g("reportType")
                if v is None:
                    o.report_type = u
                    if "reportType" not in d:
                        m += 1
                else:
                    o.report_type = (
                        e_ if (e_ := _e_report_type.get(v)) is not None else enum_value(VatReturns2022ReportType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("start", "start"),
            ("end", "end"),
            ("year", "year"),
            ("vat_term_number", "vatTermNumber"),
            ("display_name", "displayName"),
            ("closed_date", "closedDate"),
            ("status", "status"),
            ("user_comment", "userComment"),
            ("structured_comment", "structuredComment"),
            ("vat_groups", "vatGroups"),
            ("voucher", "voucher"),
            ("altinn_metadata", "altinnMetadata"),
            ("receipt_id", "receiptId"),
            ("total_amount_vat_to_pay", "totalAmountVatToPay"),
            ("remaining_amount_vat_to_pay", "remainingAmountVatToPay"),
            ("is_paid", "isPaid"),
            ("report_type", "reportType"),
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
            v = s.start
            o.start = u if v is None else v
            v = s.end
            o.end = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.vat_term_number
            o.vat_term_number = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.closed_date
            o.closed_date = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(VatReturns2022Status, v)
            )
            v = s.user_comment
            o.user_comment = u if v is None else v
            v = s.structured_comment
            o.structured_comment = u if v is None else v
            v = s.vat_groups
            o.vat_groups = (
                u
                if v is None or v is u
                else ([VatSpecificationGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.altinn_metadata
            o.altinn_metadata = u if v is None or v is u else AltinnInstance._tx_parse(v)
            v = s.receipt_id
            o.receipt_id = u if v is None else v
            v = s.total_amount_vat_to_pay
            o.total_amount_vat_to_pay = u if v is None else v
            v = s.remaining_amount_vat_to_pay
            o.remaining_amount_vat_to_pay = u if v is None else v
            v = s.is_paid
            o.is_paid = u if v is None else v
            v = s.report_type
            o.report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_report_type.get(v)) is not None
                else enum_value(VatReturns2022ReportType, v)
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
