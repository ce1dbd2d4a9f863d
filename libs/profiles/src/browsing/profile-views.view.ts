import { ApiProperty } from '@nestjs/swagger';

export class ProfileViewItem {
  @ApiProperty({ description: 'The organisation whose member opened the profile' })
  organisationName!: string;
  @ApiProperty({ format: 'date', description: 'The day (Europe/Amsterdam)' })
  viewedOn!: string;
  @ApiProperty({ format: 'date-time' })
  firstViewedAt!: string;
}

export class ProfileViewPage {
  @ApiProperty({ type: [ProfileViewItem] }) items!: ProfileViewItem[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
