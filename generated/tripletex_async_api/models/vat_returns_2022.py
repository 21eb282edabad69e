from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_report_type import VatReturns2022ReportType
from ..models.vat_returns_2022_status import VatReturns2022Status
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
    from ..models.altinn_instance import AltinnInstance
    from ..models.change import Change
    from ..models.vat_specification_group import VatSpecificationGroup
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VatReturns2022")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("status", str, False),
    ("vatGroups", list, False),
    ("voucher", dict, False),
    ("altinnMetadata", dict, False),
    ("reportType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatReturns2022(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        start (str | Unset): [read-only]
        end (str | Unset): [read-only]
        year (int | Unset): [read-only]
        vat_term_number (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        closed_date (str | Unset): [read-only]
        status (VatReturns2022Status | Unset): [read-only] The current instance status of the vatReturns.
        user_comment (str | Unset): [read-only]
        structured_comment (str | Unset): [read-only]
        vat_groups (list[VatSpecificationGroup] | Unset): [read-only]
        voucher (Voucher | Unset):
        altinn_metadata (AltinnInstance | Unset):
        receipt_id (int | Unset): [read-only] Attachment for vat return
        total_amount_vat_to_pay (float | Unset): [read-only]
        remaining_amount_vat_to_pay (float | Unset): [read-only]
        is_paid (bool | Unset): [read-only]
        report_type (VatReturns2022ReportType | Unset): [read-only]
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

        start = self.start

        end = self.end

        year = self.year

        vat_term_number = self.vat_term_number

        display_name = self.display_name

        closed_date = self.closed_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        user_comment = self.user_comment

        structured_comment = self.structured_comment

        vat_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vat_groups, Unset):
            vat_groups = []
            for vat_groups_item_data in self.vat_groups:
                vat_groups_item = vat_groups_item_data.to_dict()
                vat_groups.append(vat_groups_item)

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        altinn_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.altinn_metadata, Unset):
            altinn_metadata = self.altinn_metadata.to_dict()

        receipt_id = self.receipt_id

        total_amount_vat_to_pay = self.total_amount_vat_to_pay

        remaining_amount_vat_to_pay = self.remaining_amount_vat_to_pay

        is_paid = self.is_paid

        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = self.report_type.value

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
        if start is not UNSET and not _in_request:
            field_dict["start"] = start
        if end is not UNSET and not _in_request:
            field_dict["end"] = end
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if vat_term_number is not UNSET and not _in_request:
            field_dict["vatTermNumber"] = vat_term_number
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if closed_date is not UNSET and not _in_request:
            field_dict["closedDate"] = closed_date
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if user_comment is not UNSET and not _in_request:
            field_dict["userComment"] = user_comment
        if structured_comment is not UNSET and not _in_request:
            field_dict["structuredComment"] = structured_comment
        if vat_groups is not UNSET and not _in_request:
            field_dict["vatGroups"] = vat_groups
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if altinn_metadata is not UNSET:
            field_dict["altinnMetadata"] = altinn_metadata
        if receipt_id is not UNSET and not _in_request:
            field_dict["receiptId"] = receipt_id
        if total_amount_vat_to_pay is not UNSET and not _in_request:
            field_dict["totalAmountVatToPay"] = total_amount_vat_to_pay
        if remaining_amount_vat_to_pay is not UNSET and not _in_request:
            field_dict["remainingAmountVatToPay"] = remaining_amount_vat_to_pay
        if is_paid is not UNSET and not _in_request:
            field_dict["isPaid"] = is_paid
        if report_type is not UNSET and not _in_request:
            field_dict["reportType"] = report_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturns2022 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.altinn_instance import AltinnInstance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.vat_specification_group import VatSpecificationGroup  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_status(_tx_v: Any) -> VatReturns2022Status | Unset:
            _status = _tx_v
            status: VatReturns2022Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = VatReturns2022Status(_status)

            return status

        def _p_vat_groups(_tx_v: Any) -> list[VatSpecificationGroup] | Unset:
            _vat_groups = _tx_v
            vat_groups: list[VatSpecificationGroup] | Unset = UNSET
            if _vat_groups is not UNSET:
                vat_groups = []
                for vat_groups_item_data in _vat_groups:
                    if vat_groups_item_data is None:
                        continue
                    vat_groups_item = VatSpecificationGroup._tx_from_json(vat_groups_item_data)

                    vat_groups.append(vat_groups_item)

            return vat_groups

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_altinn_metadata(_tx_v: Any) -> AltinnInstance | Unset:
            _altinn_metadata = _tx_v
            altinn_metadata: AltinnInstance | Unset
            if isinstance(_altinn_metadata, Unset):
                altinn_metadata = UNSET
            else:
                altinn_metadata = AltinnInstance._tx_from_json(_altinn_metadata)

            return altinn_metadata

        def _p_report_type(_tx_v: Any) -> VatReturns2022ReportType | Unset:
            _report_type = _tx_v
            report_type: VatReturns2022ReportType | Unset
            if isinstance(_report_type, Unset):
                report_type = UNSET
            else:
                report_type = VatReturns2022ReportType(_report_type)

            return report_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "start": ("start", None),
            "end": ("end", None),
            "year": ("year", None),
            "vat_term_number": ("vatTermNumber", None),
            "display_name": ("displayName", None),
            "closed_date": ("closedDate", None),
            "status": ("status", _p_status),
            "user_comment": ("userComment", None),
            "structured_comment": ("structuredComment", None),
            "vat_groups": ("vatGroups", _p_vat_groups),
            "voucher": ("voucher", _p_voucher),
            "altinn_metadata": ("altinnMetadata", _p_altinn_metadata),
            "receipt_id": ("receiptId", None),
            "total_amount_vat_to_pay": ("totalAmountVatToPay", None),
            "remaining_amount_vat_to_pay": ("remainingAmountVatToPay", None),
            "is_paid": ("isPaid", None),
            "report_type": ("reportType", _p_report_type),
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
