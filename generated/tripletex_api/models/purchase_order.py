from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_order_line_sorting import PurchaseOrderOrderLineSorting
from ..models.purchase_order_status import PurchaseOrderStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.pickup_point import PickupPoint
    from ..models.project import Project
    from ..models.purchase_orderline import PurchaseOrderline
    from ..models.supplier import Supplier
    from ..models.transport_type import TransportType


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """The purchase order to attach the orderline.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (str | Unset): Purchase order number - read only
        receiver_email (str | Unset): Email when purchase order is send by email.
        discount (float | Unset): Discount Percentage
        internal_comment (str | Unset):
        packing_note_message (str | Unset): Message on packing note.Wholesaler specific.
        transporter_message (str | Unset): Message to transporter.Wholesaler specific.
        comments (str | Unset): Delivery information and invoice comments
        supplier (Supplier | Unset):
        delivery_date (str | Unset):
        received_date (str | Unset):
        order_lines (list[PurchaseOrderline] | Unset): [read-only] Order lines tied to the purchase order
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        delivery_address (Address | Unset): Address tied to the employee
        creation_date (str | Unset):
        is_closed (bool | Unset):
        our_contact (Employee | Unset):
        supplier_contact (Employee | Unset):
        attention (Employee | Unset):
        status (PurchaseOrderStatus | Unset):
        currency (Currency | Unset):
        restorder (PurchaseOrder | Unset): The purchase order to attach the orderline.
        transport_type (TransportType | Unset):
        pickup_point (PickupPoint | Unset): Pickup point, wholesaler specific
        document (Document | Unset): [BETA] Attachments belonging to this order
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        edi_document (Document | Unset): [BETA] Attachments belonging to this order
        last_sent_timestamp (str | Unset):
        last_sent_employee_name (str | Unset):
        has_wholesaler_export_user (bool | Unset): [read-only] This field is relevant only if the supplier is a
            wholesaler. It indicates whether the wholesaler's export user is set. Available only on demand.
        order_line_sorting (PurchaseOrderOrderLineSorting | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    discount: float | Unset = UNSET
    internal_comment: str | Unset = UNSET
    packing_note_message: str | Unset = UNSET
    transporter_message: str | Unset = UNSET
    comments: str | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    delivery_date: str | Unset = UNSET
    received_date: str | Unset = UNSET
    order_lines: list[PurchaseOrderline] | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    delivery_address: Address | Unset = UNSET
    creation_date: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    our_contact: Employee | Unset = UNSET
    supplier_contact: Employee | Unset = UNSET
    attention: Employee | Unset = UNSET
    status: PurchaseOrderStatus | Unset = UNSET
    currency: Currency | Unset = UNSET
    restorder: PurchaseOrder | Unset = UNSET
    transport_type: TransportType | Unset = UNSET
    pickup_point: PickupPoint | Unset = UNSET
    document: Document | Unset = UNSET
    attachment: Document | Unset = UNSET
    edi_document: Document | Unset = UNSET
    last_sent_timestamp: str | Unset = UNSET
    last_sent_employee_name: str | Unset = UNSET
    has_wholesaler_export_user: bool | Unset = UNSET
    order_line_sorting: PurchaseOrderOrderLineSorting | Unset = UNSET
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

        number = self.number

        receiver_email = self.receiver_email

        discount = self.discount

        internal_comment = self.internal_comment

        packing_note_message = self.packing_note_message

        transporter_message = self.transporter_message

        comments = self.comments

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        delivery_date = self.delivery_date

        received_date = self.received_date

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        creation_date = self.creation_date

        is_closed = self.is_closed

        our_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.our_contact, Unset):
            our_contact = self.our_contact.to_dict()

        supplier_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_contact, Unset):
            supplier_contact = self.supplier_contact.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        restorder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restorder, Unset):
            restorder = self.restorder.to_dict()

        transport_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transport_type, Unset):
            transport_type = self.transport_type.to_dict()

        pickup_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup_point, Unset):
            pickup_point = self.pickup_point.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        edi_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edi_document, Unset):
            edi_document = self.edi_document.to_dict()

        last_sent_timestamp = self.last_sent_timestamp

        last_sent_employee_name = self.last_sent_employee_name

        has_wholesaler_export_user = self.has_wholesaler_export_user

        order_line_sorting: str | Unset = UNSET
        if not isinstance(self.order_line_sorting, Unset):
            order_line_sorting = self.order_line_sorting.value

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
        if number is not UNSET:
            field_dict["number"] = number
        if receiver_email is not UNSET:
            field_dict["receiverEmail"] = receiver_email
        if discount is not UNSET:
            field_dict["discount"] = discount
        if internal_comment is not UNSET:
            field_dict["internalComment"] = internal_comment
        if packing_note_message is not UNSET:
            field_dict["packingNoteMessage"] = packing_note_message
        if transporter_message is not UNSET:
            field_dict["transporterMessage"] = transporter_message
        if comments is not UNSET:
            field_dict["comments"] = comments
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if received_date is not UNSET:
            field_dict["receivedDate"] = received_date
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if project is not UNSET:
            field_dict["project"] = project
        if department is not UNSET:
            field_dict["department"] = department
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if our_contact is not UNSET:
            field_dict["ourContact"] = our_contact
        if supplier_contact is not UNSET:
            field_dict["supplierContact"] = supplier_contact
        if attention is not UNSET:
            field_dict["attention"] = attention
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if restorder is not UNSET:
            field_dict["restorder"] = restorder
        if transport_type is not UNSET:
            field_dict["transportType"] = transport_type
        if pickup_point is not UNSET:
            field_dict["pickupPoint"] = pickup_point
        if document is not UNSET:
            field_dict["document"] = document
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if edi_document is not UNSET:
            field_dict["ediDocument"] = edi_document
        if last_sent_timestamp is not UNSET:
            field_dict["lastSentTimestamp"] = last_sent_timestamp
        if last_sent_employee_name is not UNSET:
            field_dict["lastSentEmployeeName"] = last_sent_employee_name
        if has_wholesaler_export_user is not UNSET and not _in_request:
            field_dict["hasWholesalerExportUser"] = has_wholesaler_export_user
        if order_line_sorting is not UNSET:
            field_dict["orderLineSorting"] = order_line_sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.pickup_point import PickupPoint  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.purchase_orderline import PurchaseOrderline  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.transport_type import TransportType  # noqa: PLC0415

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

        number = d.pop("number", UNSET)

        receiver_email = d.pop("receiverEmail", UNSET)

        discount = d.pop("discount", UNSET)

        internal_comment = d.pop("internalComment", UNSET)

        packing_note_message = d.pop("packingNoteMessage", UNSET)

        transporter_message = d.pop("transporterMessage", UNSET)

        comments = d.pop("comments", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        delivery_date = d.pop("deliveryDate", UNSET)

        received_date = d.pop("receivedDate", UNSET)

        _order_lines = d.pop("orderLines", UNSET)
        order_lines: list[PurchaseOrderline] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                if order_lines_item_data is None:
                    continue
                order_lines_item = PurchaseOrderline.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        creation_date = d.pop("creationDate", UNSET)

        is_closed = d.pop("isClosed", UNSET)

        _our_contact = d.pop("ourContact", UNSET)
        our_contact: Employee | Unset
        if isinstance(_our_contact, Unset):
            our_contact = UNSET
        else:
            our_contact = Employee.from_dict(_our_contact)

        _supplier_contact = d.pop("supplierContact", UNSET)
        supplier_contact: Employee | Unset
        if isinstance(_supplier_contact, Unset):
            supplier_contact = UNSET
        else:
            supplier_contact = Employee.from_dict(_supplier_contact)

        _attention = d.pop("attention", UNSET)
        attention: Employee | Unset
        if isinstance(_attention, Unset):
            attention = UNSET
        else:
            attention = Employee.from_dict(_attention)

        _status = d.pop("status", UNSET)
        status: PurchaseOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PurchaseOrderStatus(_status)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _restorder = d.pop("restorder", UNSET)
        restorder: PurchaseOrder | Unset
        if isinstance(_restorder, Unset):
            restorder = UNSET
        else:
            restorder = PurchaseOrder.from_dict(_restorder)

        _transport_type = d.pop("transportType", UNSET)
        transport_type: TransportType | Unset
        if isinstance(_transport_type, Unset):
            transport_type = UNSET
        else:
            transport_type = TransportType.from_dict(_transport_type)

        _pickup_point = d.pop("pickupPoint", UNSET)
        pickup_point: PickupPoint | Unset
        if isinstance(_pickup_point, Unset):
            pickup_point = UNSET
        else:
            pickup_point = PickupPoint.from_dict(_pickup_point)

        _document = d.pop("document", UNSET)
        document: Document | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = Document.from_dict(_document)

        _attachment = d.pop("attachment", UNSET)
        attachment: Document | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Document.from_dict(_attachment)

        _edi_document = d.pop("ediDocument", UNSET)
        edi_document: Document | Unset
        if isinstance(_edi_document, Unset):
            edi_document = UNSET
        else:
            edi_document = Document.from_dict(_edi_document)

        last_sent_timestamp = d.pop("lastSentTimestamp", UNSET)

        last_sent_employee_name = d.pop("lastSentEmployeeName", UNSET)

        has_wholesaler_export_user = d.pop("hasWholesalerExportUser", UNSET)

        _order_line_sorting = d.pop("orderLineSorting", UNSET)
        order_line_sorting: PurchaseOrderOrderLineSorting | Unset
        if isinstance(_order_line_sorting, Unset):
            order_line_sorting = UNSET
        else:
            order_line_sorting = PurchaseOrderOrderLineSorting(_order_line_sorting)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            number=number,
            receiver_email=receiver_email,
            discount=discount,
            internal_comment=internal_comment,
            packing_note_message=packing_note_message,
            transporter_message=transporter_message,
            comments=comments,
            supplier=supplier,
            delivery_date=delivery_date,
            received_date=received_date,
            order_lines=order_lines,
            project=project,
            department=department,
            delivery_address=delivery_address,
            creation_date=creation_date,
            is_closed=is_closed,
            our_contact=our_contact,
            supplier_contact=supplier_contact,
            attention=attention,
            status=status,
            currency=currency,
            restorder=restorder,
            transport_type=transport_type,
            pickup_point=pickup_point,
            document=document,
            attachment=attachment,
            edi_document=edi_document,
            last_sent_timestamp=last_sent_timestamp,
            last_sent_employee_name=last_sent_employee_name,
            has_wholesaler_export_user=has_wholesaler_export_user,
            order_line_sorting=order_line_sorting,
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
