from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_internal_supplier_voucher_type import VoucherInternalSupplierVoucherType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.document import Document
    from ..models.posting import Posting
    from ..models.voucher import Voucher
    from ..models.voucher_type import VoucherType


T = TypeVar("T", bound="VoucherInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("voucherType", dict, False),
    ("reverseVoucher", dict, False),
    ("postings", list, False),
    ("document", dict, False),
    ("attachment", dict, False),
    ("ediDocument", dict, False),
    ("supplierVoucherType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherInternal(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        date (str | Unset):
        number (int | Unset): [read-only] System generated number that cannot be changed.
        temp_number (int | Unset): [read-only] Temporary voucher number.
        year (int | Unset): [read-only] System generated number that cannot be changed.
        description (str | Unset):
        voucher_type (VoucherType | Unset): Voucher type. Must not be of type 'Utgående faktura' ('Outgoing Invoice') on
            new vouchers, instead use voucherType=null or use the Invoice endpoint.
        reverse_voucher (Voucher | Unset):
        postings (list[Posting] | Unset):
        document (Document | Unset): [BETA] Attachments belonging to this order
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        external_voucher_number (str | Unset): External voucher number. Maximum 70 characters.
        edi_document (Document | Unset): [BETA] Attachments belonging to this order
        supplier_voucher_type (VoucherInternalSupplierVoucherType | Unset): [read-only] Supplier voucher type - simple
            and detailed.
        was_auto_matched (bool | Unset): [read-only] Voucher was auto matched
        vendor_invoice_number (str | Unset): Vendor invoice number.
        display_name (str | Unset): [read-only]
        number_as_string (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        date = self.date

        number = self.number

        temp_number = self.temp_number

        year = self.year

        description = self.description

        voucher_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher_type, Unset):
            voucher_type = self.voucher_type.to_dict()

        reverse_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reverse_voucher, Unset):
            reverse_voucher = self.reverse_voucher.to_dict()

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        external_voucher_number = self.external_voucher_number

        edi_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edi_document, Unset):
            edi_document = self.edi_document.to_dict()

        supplier_voucher_type: str | Unset = UNSET
        if not isinstance(self.supplier_voucher_type, Unset):
            supplier_voucher_type = self.supplier_voucher_type.value

        was_auto_matched = self.was_auto_matched

        vendor_invoice_number = self.vendor_invoice_number

        display_name = self.display_name

        number_as_string = self.number_as_string

        url_details = self.url_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if date is not UNSET:
            field_dict["date"] = date
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if temp_number is not UNSET and not _in_request:
            field_dict["tempNumber"] = temp_number
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if description is not UNSET:
            field_dict["description"] = description
        if voucher_type is not UNSET:
            field_dict["voucherType"] = voucher_type
        if reverse_voucher is not UNSET:
            field_dict["reverseVoucher"] = reverse_voucher
        if postings is not UNSET:
            field_dict["postings"] = postings
        if document is not UNSET:
            field_dict["document"] = document
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if external_voucher_number is not UNSET:
            field_dict["externalVoucherNumber"] = external_voucher_number
        if edi_document is not UNSET:
            field_dict["ediDocument"] = edi_document
        if supplier_voucher_type is not UNSET and not _in_request:
            field_dict["supplierVoucherType"] = supplier_voucher_type
        if was_auto_matched is not UNSET and not _in_request:
            field_dict["wasAutoMatched"] = was_auto_matched
        if vendor_invoice_number is not UNSET:
            field_dict["vendorInvoiceNumber"] = vendor_invoice_number
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if number_as_string is not UNSET and not _in_request:
            field_dict["numberAsString"] = number_as_string
        if url_details is not UNSET:
            field_dict["urlDetails"] = url_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415
        from ..models.voucher_type import VoucherType  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_voucher_type(_tx_v: Any) -> VoucherType | Unset:
            _voucher_type = _tx_v
            voucher_type: VoucherType | Unset
            if isinstance(_voucher_type, Unset):
                voucher_type = UNSET
            else:
                voucher_type = VoucherType._tx_from_json(_voucher_type)

            return voucher_type

        def _p_reverse_voucher(_tx_v: Any) -> Voucher | Unset:
            _reverse_voucher = _tx_v
            reverse_voucher: Voucher | Unset
            if isinstance(_reverse_voucher, Unset):
                reverse_voucher = UNSET
            else:
                reverse_voucher = Voucher._tx_from_json(_reverse_voucher)

            return reverse_voucher

        def _p_postings(_tx_v: Any) -> list[Posting] | Unset:
            _postings = _tx_v
            postings: list[Posting] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = Posting._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        def _p_document(_tx_v: Any) -> Document | Unset:
            _document = _tx_v
            document: Document | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = Document._tx_from_json(_document)

            return document

        def _p_attachment(_tx_v: Any) -> Document | Unset:
            _attachment = _tx_v
            attachment: Document | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = Document._tx_from_json(_attachment)

            return attachment

        def _p_edi_document(_tx_v: Any) -> Document | Unset:
            _edi_document = _tx_v
            edi_document: Document | Unset
            if isinstance(_edi_document, Unset):
                edi_document = UNSET
            else:
                edi_document = Document._tx_from_json(_edi_document)

            return edi_document

        def _p_supplier_voucher_type(_tx_v: Any) -> VoucherInternalSupplierVoucherType | Unset:
            _supplier_voucher_type = _tx_v
            supplier_voucher_type: VoucherInternalSupplierVoucherType | Unset
            if isinstance(_supplier_voucher_type, Unset):
                supplier_voucher_type = UNSET
            else:
                supplier_voucher_type = VoucherInternalSupplierVoucherType(_supplier_voucher_type)

            return supplier_voucher_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "date": ("date", None),
            "number": ("number", None),
            "temp_number": ("tempNumber", None),
            "year": ("year", None),
            "description": ("description", None),
            "voucher_type": ("voucherType", _p_voucher_type),
            "reverse_voucher": ("reverseVoucher", _p_reverse_voucher),
            "postings": ("postings", _p_postings),
            "document": ("document", _p_document),
            "attachment": ("attachment", _p_attachment),
            "external_voucher_number": ("externalVoucherNumber", None),
            "edi_document": ("ediDocument", _p_edi_document),
            "supplier_voucher_type": ("supplierVoucherType", _p_supplier_voucher_type),
            "was_auto_matched": ("wasAutoMatched", None),
            "vendor_invoice_number": ("vendorInvoiceNumber", None),
            "display_name": ("displayName", None),
            "number_as_string": ("numberAsString", None),
            "url_details": ("urlDetails", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
