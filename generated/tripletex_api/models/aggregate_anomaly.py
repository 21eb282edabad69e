from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregate_anomaly_check_type import AggregateAnomalyCheckType
from ..models.aggregate_anomaly_status import AggregateAnomalyStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.company import Company
    from ..models.voucher import Voucher


T = TypeVar("T", bound="AggregateAnomaly")


@_attrs_define
class AggregateAnomaly:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        company (Company | Unset): Vendor of the product
        anomaly_id (int | Unset): [read-only]
        external_anomaly_key (str | Unset): [read-only]
        anomaly_check_id (int | Unset): [read-only]
        check_type (AggregateAnomalyCheckType | Unset): [read-only]
        status (AggregateAnomalyStatus | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        title (str | Unset): [read-only]
        labels (list[str] | Unset): [read-only]
        voucher (Voucher | Unset):
        account (Account | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    company: Company | Unset = UNSET
    anomaly_id: int | Unset = UNSET
    external_anomaly_key: str | Unset = UNSET
    anomaly_check_id: int | Unset = UNSET
    check_type: AggregateAnomalyCheckType | Unset = UNSET
    status: AggregateAnomalyStatus | Unset = UNSET
    timestamp: str | Unset = UNSET
    title: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    account: Account | Unset = UNSET
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

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        anomaly_id = self.anomaly_id

        external_anomaly_key = self.external_anomaly_key

        anomaly_check_id = self.anomaly_check_id

        check_type: str | Unset = UNSET
        if not isinstance(self.check_type, Unset):
            check_type = self.check_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timestamp = self.timestamp

        title = self.title

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

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
        if company is not UNSET:
            field_dict["company"] = company
        if anomaly_id is not UNSET and not _in_request:
            field_dict["anomalyId"] = anomaly_id
        if external_anomaly_key is not UNSET and not _in_request:
            field_dict["externalAnomalyKey"] = external_anomaly_key
        if anomaly_check_id is not UNSET and not _in_request:
            field_dict["anomalyCheckId"] = anomaly_check_id
        if check_type is not UNSET and not _in_request:
            field_dict["checkType"] = check_type
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if labels is not UNSET and not _in_request:
            field_dict["labels"] = labels
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
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

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        anomaly_id = d.pop("anomalyId", UNSET)

        external_anomaly_key = d.pop("externalAnomalyKey", UNSET)

        anomaly_check_id = d.pop("anomalyCheckId", UNSET)

        _check_type = d.pop("checkType", UNSET)
        check_type: AggregateAnomalyCheckType | Unset
        if isinstance(_check_type, Unset):
            check_type = UNSET
        else:
            check_type = AggregateAnomalyCheckType(_check_type)

        _status = d.pop("status", UNSET)
        status: AggregateAnomalyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AggregateAnomalyStatus(_status)

        timestamp = d.pop("timestamp", UNSET)

        title = d.pop("title", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            company=company,
            anomaly_id=anomaly_id,
            external_anomaly_key=external_anomaly_key,
            anomaly_check_id=anomaly_check_id,
            check_type=check_type,
            status=status,
            timestamp=timestamp,
            title=title,
            labels=labels,
            voucher=voucher,
            account=account,
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
