import { Component } from '@angular/core';
import { RouterModule } from '@angular/router';
import { NxWelcome } from './nx-welcome';

@Component({
  imports: [NxWelcome, RouterModule],
  selector: 'sm-root',
  templateUrl: './app.html',
  styleUrl: './app.less',
})
export class App {
  protected title = 'portal';
}
