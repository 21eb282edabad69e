from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_2022_report_type import VatReturns2022ReportType
from ..models.vat_returns_2022_status import VatReturns2022Status
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.altinn_instance import AltinnInstance
    from ..models.change import Change
    from ..models.vat_specification_group import VatSpecificationGroup
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VatReturns2022")


@_attrs_define
class VatReturns2022:
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
        from ..models.altinn_instance import AltinnInstance  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.vat_specification_group import VatSpecificationGroup  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        year = d.pop("year", UNSET)

        vat_term_number = d.pop("vatTermNumber", UNSET)

        display_name = d.pop("displayName", UNSET)

        closed_date = d.pop("closedDate", UNSET)

        _status = d.pop("status", UNSET)
        status: VatReturns2022Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VatReturns2022Status(_status)

        user_comment = d.pop("userComment", UNSET)

        structured_comment = d.pop("structuredComment", UNSET)

        _vat_groups = d.pop("vatGroups", UNSET)
        vat_groups: list[VatSpecificationGroup] | Unset = UNSET
        if _vat_groups is not UNSET:
            vat_groups = []
            for vat_groups_item_data in _vat_groups:
                if vat_groups_item_data is None:
                    continue
                vat_groups_item = VatSpecificationGroup.from_dict(vat_groups_item_data)

                vat_groups.append(vat_groups_item)

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        _altinn_metadata = d.pop("altinnMetadata", UNSET)
        altinn_metadata: AltinnInstance | Unset
        if isinstance(_altinn_metadata, Unset):
            altinn_metadata = UNSET
        else:
            altinn_metadata = AltinnInstance.from_dict(_altinn_metadata)

        receipt_id = d.pop("receiptId", UNSET)

        total_amount_vat_to_pay = d.pop("totalAmountVatToPay", UNSET)

        remaining_amount_vat_to_pay = d.pop("remainingAmountVatToPay", UNSET)

        is_paid = d.pop("isPaid", UNSET)

        _report_type = d.pop("reportType", UNSET)
        report_type: VatReturns2022ReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        else:
            report_type = VatReturns2022ReportType(_report_type)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            start=start,
            end=end,
            year=year,
            vat_term_number=vat_term_number,
            display_name=display_name,
            closed_date=closed_date,
            status=status,
            user_comment=user_comment,
            structured_comment=structured_comment,
            vat_groups=vat_groups,
            voucher=voucher,
            altinn_metadata=altinn_metadata,
            receipt_id=receipt_id,
            total_amount_vat_to_pay=total_amount_vat_to_pay,
            remaining_amount_vat_to_pay=remaining_amount_vat_to_pay,
            is_paid=is_paid,
            report_type=report_type,
        )

        _obj.additional_properties = d
        return _obj

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
