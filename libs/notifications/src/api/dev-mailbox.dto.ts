import { ApiProperty } from '@nestjs/swagger';

export class MailboxMessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ nullable: true })
  html!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MailboxPageView {
  @ApiProperty({ type: [MailboxMessageView] })
  items!: MailboxMessageView[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty()
  total!: number;
}
