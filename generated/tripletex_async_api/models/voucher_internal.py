from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_internal_supplier_voucher_type import VoucherInternalSupplierVoucherType
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
    from ..models.document import Document
    from ..models.posting import Posting
    from ..models.voucher import Voucher
    from ..models.voucher_type import VoucherType


T = TypeVar("T", bound="VoucherInternal")


@_attrs_define
class VoucherInternal(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        date (str | Unset):
        number (int | Unset): System generated number that cannot be changed.
        temp_number (int | Unset): Temporary voucher number.
        year (int | Unset): System generated number that cannot be changed.
        description (str | Unset):
        voucher_type (VoucherType | Unset): Voucher type. Must not be of type 'Utgående faktura' ('Outgoing Invoice') on
            new vouchers, instead use voucherType=null or use the Invoice endpoint.
        reverse_voucher (Voucher | Unset):
        postings (list[Posting] | Unset):
        document (Document | Unset): [BETA] Attachments belonging to this order
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        external_voucher_number (str | Unset): External voucher number. Maximum 70 characters.
        edi_document (Document | Unset): [BETA] Attachments belonging to this order
        supplier_voucher_type (VoucherInternalSupplierVoucherType | Unset): Supplier voucher type - simple and detailed.
        was_auto_matched (bool | Unset): Voucher was auto matched
        vendor_invoice_number (str | Unset): Vendor invoice number.
        display_name (str | Unset):
        number_as_string (str | Unset):
        url_details (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    date: str | Unset = UNSET
    number: int | Unset = UNSET
    temp_number: int | Unset = UNSET
    year: int | Unset = UNSET
    description: str | Unset = UNSET
    voucher_type: VoucherType | Unset = UNSET
    reverse_voucher: Voucher | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    document: Document | Unset = UNSET
    attachment: Document | Unset = UNSET
    external_voucher_number: str | Unset = UNSET
    edi_document: Document | Unset = UNSET
    supplier_voucher_type: VoucherInternalSupplierVoucherType | Unset = UNSET
    was_auto_matched: bool | Unset = UNSET
    vendor_invoice_number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    number_as_string: str | Unset = UNSET
    url_details: str | Unset = UNSET
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
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.temp_number
        if _v is not UNSET and not _in_request:
            field_dict["tempNumber"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.voucher_type
        if _v is not UNSET:
            field_dict["voucherType"] = _v.to_dict()
        _v = self.reverse_voucher
        if _v is not UNSET:
            field_dict["reverseVoucher"] = _v.to_dict()
        _v = self.postings
        if _v is not UNSET:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.document
        if _v is not UNSET:
            field_dict["document"] = _v.to_dict()
        _v = self.attachment
        if _v is not UNSET:
            field_dict["attachment"] = _v.to_dict()
        _v = self.external_voucher_number
        if _v is not UNSET:
            field_dict["externalVoucherNumber"] = _v
        _v = self.edi_document
        if _v is not UNSET:
            field_dict["ediDocument"] = _v.to_dict()
        _v = self.supplier_voucher_type
        if _v is not UNSET and not _in_request:
            field_dict["supplierVoucherType"] = _v._value_
        _v = self.was_auto_matched
        if _v is not UNSET and not _in_request:
            field_dict["wasAutoMatched"] = _v
        _v = self.vendor_invoice_number
        if _v is not UNSET:
            field_dict["vendorInvoiceNumber"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["numberAsString"] = _v
        _v = self.url_details
        if _v is not UNSET:
            field_dict["urlDetails"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415
        from ..models.voucher_type import VoucherType  # noqa: PLC0415

        _new = object.__new__
        _e_supplier_voucher_type: dict[Any, Any] = enum_members(VoucherInternalSupplierVoucherType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "date",
                "number",
                "tempNumber",
                "year",
                "description",
                "voucherType",
                "reverseVoucher",
                "postings",
                "document",
                "attachment",
                "externalVoucherNumber",
                "ediDocument",
                "supplierVoucherType",
                "wasAutoMatched",
                "vendorInvoiceNumber",
                "displayName",
                "numberAsString",
                "urlDetails",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "number": "number",
            "tempNumber": "temp_number",
            "year": "year",
            "description": "description",
            "externalVoucherNumber": "external_voucher_number",
            "wasAutoMatched": "was_auto_matched",
            "vendorInvoiceNumber": "vendor_invoice_number",
            "displayName": "display_name",
            "numberAsString": "number_as_string",
            "urlDetails": "url_details",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.date = o.number = o.temp_number = o.year = (
                        o.description
                    ) = o.voucher_type = o.reverse_voucher = o.postings = o.document = o.attachment = (
                        o.external_voucher_number
                    ) = o.edi_document = o.supplier_voucher_type = o.was_auto_matched = o.vendor_invoice_number = (
                        o.display_name
                    ) = o.number_as_string = o.url_details = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.date = o.number = o.temp_number = o.year = (
                        o.description
                    ) = o.voucher_type = o.reverse_voucher = o.postings = o.document = o.attachment = (
                        o.external_voucher_number
                    ) = o.edi_document = o.supplier_voucher_type = o.was_auto_matched = o.vendor_invoice_number = (
                        o.display_name
                    ) = o.number_as_string = o.url_details = UNSET
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
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("tempNumber")
                if v is None:
                    o.temp_number = u
                    if "tempNumber" not in d:
                        m += 1
                else:
                    o.temp_number = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "voucherType"
                v = g("voucherType")
                if v is None:
                    o.voucher_type = u
                    if "voucherType" not in d:
                        m += 1
                else:
                    o.voucher_type = VoucherType._tx_parse(v)
                k = "reverseVoucher"
                v = g("reverseVoucher")
                if v is None:
                    o.reverse_voucher = u
                    if "reverseVoucher" not in d:
                        m += 1
                else:
                    o.reverse_voucher = Voucher._tx_parse(v)
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "document"
                v = g("document")
                if v is None:
                    o.document = u
                    if "document" not in d:
                        m += 1
                else:
                    o.document = Document._tx_parse(v)
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = Document._tx_parse(v)
                v = g("externalVoucherNumber")
                if v is None:
                    o.external_voucher_number = u
                    if "externalVoucherNumber" not in d:
                        m += 1
                else:
                    o.external_voucher_number = v
                k = "ediDocument"
                v = g("ediDocument")
                if v is None:
                    o.edi_document = u
                    if "ediDocument" not in d:
                        m += 1
                else:
                    o.edi_document = Document._tx_parse(v)
                k = "supplierVoucherType"
                v = g("supplierVoucherType")
                if v is None:
                    o.supplier_voucher_type = u
                    if "supplierVoucherType" not in d:
                        m += 1
                else:
                    o.supplier_voucher_type = (
                        e_
                        if (e_ := _e_supplier_voucher_type.get(v)) is not None
                        else enum_value(VoucherInternalSupplierVoucherType, v)
                    )
                v = g("wasAutoMatched")
                if v is None:
                    o.was_auto_matched = u
                    if "wasAutoMatched" not in d:
                        m += 1
                else:
                    o.was_auto_matched = v
                v = g("vendorInvoiceNumber")
                if v is None:
                    o.vendor_invoice_number = u
                    if "vendorInvoiceNumber" not in d:
                        m += 1
                else:
                    o.vendor_invoice_number = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("numberAsString")
                if v is None:
                    o.number_as_string = u
                    if "numberAsString" not in d:
                        m += 1
                else:
                    o.number_as_string = v
                v = g("urlDetails")
                if v is None:
                    o.url_details = u
                    if "urlDetails" not in d:
                        m += 1
                else:
                    o.url_details = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("date", "date"),
            ("number", "number"),
            ("temp_number", "tempNumber"),
            ("year", "year"),
            ("description", "description"),
            ("voucher_type", "voucherType"),
            ("reverse_voucher", "reverseVoucher"),
            ("postings", "postings"),
            ("document", "document"),
            ("attachment", "attachment"),
            ("external_voucher_number", "externalVoucherNumber"),
            ("edi_document", "ediDocument"),
            ("supplier_voucher_type", "supplierVoucherType"),
            ("was_auto_matched", "wasAutoMatched"),
            ("vendor_invoice_number", "vendorInvoiceNumber"),
            ("display_name", "displayName"),
            ("number_as_string", "numberAsString"),
            ("url_details", "urlDetails"),
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
            v = s.date
            o.date = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.temp_number
            o.temp_number = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.voucher_type
            o.voucher_type = u if v is None or v is u else VoucherType._tx_parse(v)
            v = s.reverse_voucher
            o.reverse_voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.document
            o.document = u if v is None or v is u else Document._tx_parse(v)
            v = s.attachment
            o.attachment = u if v is None or v is u else Document._tx_parse(v)
            v = s.external_voucher_number
            o.external_voucher_number = u if v is None else v
            v = s.edi_document
            o.edi_document = u if v is None or v is u else Document._tx_parse(v)
            v = s.supplier_voucher_type
            o.supplier_voucher_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_supplier_voucher_type.get(v)) is not None
                else enum_value(VoucherInternalSupplierVoucherType, v)
            )
            v = s.was_auto_matched
            o.was_auto_matched = u if v is None else v
            v = s.vendor_invoice_number
            o.vendor_invoice_number = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.number_as_string
            o.number_as_string = u if v is None else v
            v = s.url_details
            o.url_details = u if v is None else v
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
